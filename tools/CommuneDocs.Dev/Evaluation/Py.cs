using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using CommuneDocs.Text;

namespace CommuneDocs.Dev.Evaluation;

/// <summary>
/// What the reference scorer (score.py) does with a JSON value, reproduced: Python's <c>dict.get</c>, truth value,
/// <c>str()</c>, <c>float()</c>, equality and <c>f"{x:.3f}"</c>. A missing key and a JSON null are both <c>None</c>.
/// </summary>
internal static class Py
{
    /// <summary><c>obj.get(key)</c>: the value, or null when <paramref name="obj"/> is not an object or lacks the key.</summary>
    public static JsonElement? Get(JsonElement? obj, string key) =>
        obj is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(key, out var v) ? v : null;

    /// <summary>True for Python's None: a missing value or a JSON null.</summary>
    public static bool IsNone(JsonElement? value) => value is null || value.Value.ValueKind == JsonValueKind.Null;

    /// <summary>Python's truth value of a JSON value.</summary>
    public static bool Truthy(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => value.Value.GetString()!.Length > 0,
        JsonValueKind.Number => ToDouble(value.Value) != 0,
        JsonValueKind.True => true,
        JsonValueKind.Array => value.Value.GetArrayLength() > 0,
        JsonValueKind.Object => value.Value.EnumerateObject().Any(),
        _ => false,
    };

    /// <summary><c>value or []</c> iterated: the items of an array, nothing for anything else.</summary>
    public static IReadOnlyList<JsonElement> Items(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Array } a ? [.. a.EnumerateArray()] : [];

    /// <summary><c>value or {}</c>: the object itself, or null (an empty object) when it is not a truthy object.</summary>
    public static JsonElement? ObjectOrEmpty(JsonElement? value) => value is { ValueKind: JsonValueKind.Object } o && Truthy(o) ? o : null;

    /// <summary>Python's <c>str()</c> of a value parsed by <c>json.loads</c>; null for None.</summary>
    public static string? Str(JsonElement? value)
    {
        if (IsNone(value)) return null;
        var v = value!.Value;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => NumberRepr(v),
            JsonValueKind.True => "True",
            JsonValueKind.False => "False",
            _ => Repr(v),
        };
    }

    /// <summary>Python's <c>repr()</c> of a value parsed by <c>json.loads</c>.</summary>
    public static string Repr(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => StringRepr(v.GetString()!),
        JsonValueKind.Number => NumberRepr(v),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Array => "[" + string.Join(", ", v.EnumerateArray().Select(Repr)) + "]",
        JsonValueKind.Object => "{" + string.Join(", ", v.EnumerateObject().Select(p => StringRepr(p.Name) + ": " + Repr(p.Value))) + "}",
        _ => "None",
    };

    private static string StringRepr(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(quote);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c == quote => "\\" + c,
                _ when c < 0x20 || c == 0x7F => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>A JSON number as Python prints it: an int as its digits, a float by <see cref="FloatRepr"/>.</summary>
    private static string NumberRepr(JsonElement v)
    {
        var raw = v.GetRawText();
        if (raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0) return BigInteger.Parse(raw, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        return FloatRepr(double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    /// <summary>The number as a double (Python's int/float equality: 2025 == 2025.0).</summary>
    public static double ToDouble(JsonElement v) => double.Parse(v.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Python's <c>repr(float)</c>: the shortest round-trip digits, fixed from 1e-4 up to 1e16, else scientific.</summary>
    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        var sign = d < 0 || (d == 0 && double.IsNegative(d)) ? "-" : "";
        if (d == 0) return sign + "0.0";
        var r = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E');
        var exponent = e < 0 ? 0 : int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? r : r[..e];
        var dot = mantissa.IndexOf('.');
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var point = (dot < 0 ? mantissa.Length : dot) + exponent;
        var lead = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        point -= lead;
        if (digits.Length == 0) return sign + "0.0";
        var exp10 = point - 1;
        if (exp10 is >= -4 and < 16)
        {
            if (point <= 0) return sign + "0." + new string('0', -point) + digits;
            if (point >= digits.Length) return sign + digits + new string('0', point - digits.Length) + ".0";
            return sign + digits[..point] + "." + digits[point..];
        }
        var m = digits.Length > 1 ? digits[0] + "." + digits[1..] : digits;
        return sign + m + "e" + (exp10 < 0 ? "-" : "+") + Math.Abs(exp10).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>Python's <c>float(text)</c>, or null where it raises ValueError.</summary>
    public static double? ParseFloat(string text)
    {
        var cps = UnicodeNormalization.CodePoints(text);
        int start = 0, end = cps.Count;
        while (start < end && UnicodeNormalization.IsWhiteSpace(cps[start])) start++;
        while (end > start && UnicodeNormalization.IsWhiteSpace(cps[end - 1])) end--;
        var sb = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            var cp = cps[i];
            if (cp > 0x7F)
            {
                // float() accepts any Unicode decimal digit.
                var s = char.ConvertFromUtf32(cp);
                var digit = CharUnicodeInfo.GetUnicodeCategory(s, 0) == UnicodeCategory.DecimalDigitNumber ? CharUnicodeInfo.GetDecimalDigitValue(s, 0) : -1;
                if (digit < 0) return null;
                sb.Append((char)('0' + digit));
            }
            else
            {
                sb.Append((char)cp);
            }
        }
        var t = sb.ToString();
        var lower = t.ToLowerInvariant();
        var unsigned = lower.TrimStart('+', '-');
        if (unsigned.Length == lower.Length - 1 || unsigned.Length == lower.Length)
        {
            var negative = lower.StartsWith('-');
            if (unsigned is "inf" or "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
            if (unsigned == "nan") return double.NaN;
        }
        if (!FloatSyntax.IsMatch(t)) return null;
        return double.Parse(t.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static readonly System.Text.RegularExpressions.Regex FloatSyntax = new(
        @"^[+-]?(?:[0-9](?:_?[0-9])*(?:\.(?:[0-9](?:_?[0-9])*)?)?|\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A key with Python's equality for a JSON value in a tuple: numbers and booleans by value (True == 1),
    /// strings by text, None as itself, lists and objects by their text.
    /// </summary>
    public static string EqualityKey(JsonElement? value)
    {
        if (IsNone(value)) return "None";
        var v = value!.Value;
        return v.ValueKind switch
        {
            JsonValueKind.String => "s:" + v.GetString(),
            JsonValueKind.Number => "n:" + ToDouble(v).ToString("R", CultureInfo.InvariantCulture),
            JsonValueKind.True => "n:1",
            JsonValueKind.False => "n:0",
            _ => "j:" + Repr(v),
        };
    }

    /// <summary>Python's <c>f"{value:.{digits}f}"</c>: the exact binary value rounded half to even.</summary>
    public static string Fixed(double value, int digits)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        var bits = BitConverter.DoubleToInt64Bits(value);
        var negative = bits < 0;
        var exponent = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xFFFFFFFFFFFFFL;
        BigInteger mantissa = exponent == 0 ? fraction : fraction | (1L << 52);
        var shift = (exponent == 0 ? 1 : exponent) - 1075;
        var scaled = mantissa * BigInteger.Pow(10, digits);
        BigInteger q;
        if (shift >= 0)
        {
            q = scaled << shift;
        }
        else
        {
            q = scaled >> -shift;
            var rest = scaled - (q << -shift);
            var half = BigInteger.One << (-shift - 1);
            if (rest > half || (rest == half && !q.IsEven)) q += 1;
        }
        var s = q.ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        var text = digits == 0 ? s : s[..^digits] + "." + s[^digits..];
        return (negative ? "-" : "") + text;
    }
}
