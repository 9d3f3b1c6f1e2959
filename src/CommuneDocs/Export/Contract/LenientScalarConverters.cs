using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommuneDocs.Export.Contract;

/// <summary>
/// Strings as the contract reader takes them: a JSON string, or a number as written ("number": 64 reads as "64");
/// any other value reads as null.
/// </summary>
internal sealed class LenientStringConverter : JsonConverter<string>
{
    /// <summary>The text of a string or number token; null, with the value skipped, for any other.</summary>
    public static string? ReadText(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
            default:
                reader.Skip();
                return null;
        }
    }

    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadText(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>Whole numbers (a page, a block, a year): a JSON integer or a string of one ("7"); anything else reads as null.</summary>
internal sealed class LenientInt32Converter : JsonConverter<int?>
{
    /// <inheritdoc />
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number) return reader.TryGetInt32(out var number) ? number : null;
        return LenientStringConverter.ReadText(ref reader) is { } text
               && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options) => writer.WriteNumberValue(value!.Value);
}

/// <summary>
/// A target's value: a JSON number that fits a decimal, or a string of one with a decimal comma or point ("90,5");
/// anything else reads as null.
/// </summary>
internal sealed class LenientDecimalConverter : JsonConverter<decimal?>
{
    /// <inheritdoc />
    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number) return reader.TryGetDecimal(out var number) ? number : null;
        return LenientStringConverter.ReadText(ref reader) is { } text
               && decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options) => writer.WriteNumberValue(value!.Value);
}

/// <summary>A flag: true only for JSON <c>true</c>; anything else, null included, reads as false.</summary>
internal sealed class LenientBooleanConverter : JsonConverter<bool>
{
    /// <inheritdoc />
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.TokenType == JsonTokenType.True;
        reader.Skip();
        return value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
