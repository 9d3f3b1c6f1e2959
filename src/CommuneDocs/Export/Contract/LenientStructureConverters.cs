using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CommuneDocs.Export.Contract;

/// <summary>
/// A list of strings: the string items of a JSON array, other items left out; a missing list, null or any value that
/// is not an array reads as empty.
/// </summary>
internal sealed class StringArrayConverter : JsonConverter<ImmutableArray<string>>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return [];
        }
        var items = ImmutableArray.CreateBuilder<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String) items.Add(reader.GetString()!);
            else reader.Skip();
        }
        return items.ToImmutable();
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ImmutableArray<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value.IsDefault ? [] : value) writer.WriteStringValue(item);
        writer.WriteEndArray();
    }
}

/// <summary>
/// A list of contract objects: the object items of a JSON array, other items left out; a missing list, null or any
/// value that is not an array reads as empty. The items are read and written with their generated converters.
/// </summary>
internal sealed class ObjectArrayConverter<T> : JsonConverter<ImmutableArray<T>> where T : class
{
    /// <inheritdoc />
    public override ImmutableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return [];
        }
        var converter = ItemConverter(options);
        var items = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject) items.Add(converter.Read(ref reader, typeof(T), options)!);
            else reader.Skip();
        }
        return items.ToImmutable();
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ImmutableArray<T> value, JsonSerializerOptions options)
    {
        var typeInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value.IsDefault ? [] : value) JsonSerializer.Serialize(writer, item, typeInfo);
        writer.WriteEndArray();
    }

    /// <summary>The generated converter of <typeparamref name="T"/>, called directly: JsonSerializer.Deserialize would scan each item ahead once more at every depth.</summary>
    internal static JsonConverter<T> ItemConverter(JsonSerializerOptions options) => (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
}

/// <summary>
/// A contract object that the reader takes whatever the JSON holds: an object as such, any other value but null as
/// an object with every field missing. Put on a property, so that the object itself is still read with its metadata.
/// </summary>
internal sealed class LenientObjectConverter<T> : JsonConverter<T> where T : class, new()
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartObject) return ObjectArrayConverter<T>.ItemConverter(options).Read(ref reader, typeToConvert, options)!;
        reader.Skip();
        return new T();
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
}
