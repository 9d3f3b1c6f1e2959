using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CommuneDocs.Export;

/// <summary>
/// How CommuneDocs writes its contract JSON (<see cref="PlanJson"/>, <see cref="GapReportJson"/>): indented UTF-8,
/// Vietnamese and other text as characters rather than \u escapes, and the string and stream forms of one writer.
/// </summary>
internal static class ContractJson
{
    /// <summary>Indented, with only what JSON needs escaped, so Vietnamese text stays readable.</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="value"/> with <paramref name="write"/> to a stream as indented UTF-8 JSON.</summary>
    public static void Write<T>(T value, Stream stream, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, WriterOptions);
        write(w, value);
    }

    /// <summary>What <see cref="Write{T}"/> writes, as a string.</summary>
    public static string Serialize<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        using var buffer = new MemoryStream();
        Write(value, buffer, write);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
