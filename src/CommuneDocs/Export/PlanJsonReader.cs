using System.Text.Json;
using System.Text.Unicode;
using CommuneDocs.Export.Contract;
using CommuneDocs.Model;

namespace CommuneDocs.Export;

/// <summary>
/// Reads contract JSON (<c>plan.schema.json</c>, schema version 1) back into a <see cref="PlanDocument"/>: the output
/// of <see cref="PlanJson.Write"/> or a hand-made gold file. Lenient: a missing or null optional field takes its
/// default, a value of an unexpected type is taken as missing, unknown fields are ignored; only text that is not UTF-8
/// JSON, JSON that is not an object, or a plan without a source file name, fails.
/// </summary>
public static class PlanJsonReader
{
    /// <summary>Reads the contract JSON file at <paramref name="path"/>.</summary>
    /// <exception cref="DocumentFormatException">The file is missing or is not contract JSON.</exception>
    public static PlanDocument ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new DocumentFormatException(DocumentError.UnsupportedFormat, Messages.NotFound(path), new FileNotFoundException(null, path));
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads contract JSON from a stream; <paramref name="fallbackFile"/> names the plan when its <c>source.file</c> is missing.</summary>
    /// <exception cref="DocumentFormatException">The content is not UTF-8 JSON, not an object, or names no source file.</exception>
    public static PlanDocument Read(Stream stream, string? fallbackFile = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var utf8 = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var name = fallbackFile ?? "input";
        if (!Utf8.IsValid(utf8)) throw new DocumentFormatException(DocumentError.UnsupportedFormat, $"{name}: not UTF-8 text.");
        PlanJsonDocument? json;
        try
        {
            json = ContractJson.ReadObject(utf8, ContractJsonContext.Default.PlanJsonDocument);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string escape that is not UTF-16 ("\ud800" alone).
            throw new DocumentFormatException(DocumentError.UnsupportedFormat, $"{name}: not valid JSON ({ex.Message}).", ex);
        }
        return json is null
            ? throw new DocumentFormatException(DocumentError.UnsupportedFormat, $"{name}: the JSON is not a plan object.")
            : ContractToPlan.Map(json, fallbackFile);
    }
}
