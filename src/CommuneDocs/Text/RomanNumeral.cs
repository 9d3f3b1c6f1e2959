namespace CommuneDocs.Text;

/// <summary>Roman numerals as used for the parts of a plan (I, II, ..., XX).</summary>
internal static class RomanNumeral
{
    /// <summary>Parses an upper- or lower-case Roman numeral in canonical form; returns 0 when it is not one.</summary>
    public static int Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 9) return 0;
        var total = 0;
        var previous = int.MaxValue;
        foreach (var c in text)
        {
            var value = char.ToUpperInvariant(c) switch
            {
                'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0,
            };
            if (value == 0) return 0;
            total += value > previous ? value - 2 * previous : value;
            previous = value;
        }
        return ToRoman(total).Equals(text.ToString(), StringComparison.OrdinalIgnoreCase) ? total : 0;
    }

    /// <summary>Writes a number from 1 to 3999 as an upper-case Roman numeral.</summary>
    public static string ToRoman(int value)
    {
        if (value is < 1 or > 3999) return string.Empty;
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                result.Append(symbols[i]);
                value -= values[i];
            }
        }
        return result.ToString();
    }
}
