using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CommuneDocs.Export;

/// <summary>
/// How CommuneDocs writes and reads its contract JSON (<see cref="PlanJson"/>, <see cref="GapReportJson"/>,
/// <see cref="PlanJsonReader"/>): indented UTF-8, Vietnamese and other text as characters rather than \u escapes;
/// read with comments and trailing commas allowed, at most 64 levels deep.
/// </summary>
internal static class ContractJson
{
    /// <summary>Indented, with only what JSON needs escaped, so Vietnamese text stays readable.</summary>
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>As lenient as JsonDocument was for hand-made files, and as deep (its default of 64 levels).</summary>
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Writes <paramref name="value"/>, mapped to its contract records by <paramref name="map"/>, to a stream as indented UTF-8 JSON.</summary>
    public static void Write<T, TJson>(T value, Stream stream, Func<T, TJson> map, JsonTypeInfo<TJson> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        JsonSerializer.Serialize(writer, map(value), typeInfo);
    }

    /// <summary>What <see cref="Write{T, TJson}"/> writes, as a string.</summary>
    public static string Serialize<T, TJson>(T value, Func<T, TJson> map, JsonTypeInfo<TJson> typeInfo)
    {
        using var buffer = new MemoryStream();
        Write(value, buffer, map, typeInfo);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// The one JSON value in <paramref name="utf8"/> (after a byte order mark, if any) read as <typeparamref name="T"/>
    /// when it is an object; null when it is another value.
    /// </summary>
    /// <exception cref="JsonException">The text is not one JSON value.</exception>
    public static T? ReadObject<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> typeInfo) where T : class
    {
        var reader = new Utf8JsonReader(utf8.StartsWith(Encoding.UTF8.Preamble) ? utf8[Encoding.UTF8.Preamble.Length..] : utf8, ReaderOptions);
        reader.Read();
        T? value = null;
        if (reader.TokenType == JsonTokenType.StartObject) value = JsonSerializer.Deserialize(ref reader, typeInfo);
        else reader.Skip();
        while (reader.Read())
        {
            // Only comments may follow the value; anything else makes the reader throw.
        }
        return value;
    }
}
