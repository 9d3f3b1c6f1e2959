using System.Text;
using CommuneDocs.Text;
using Lucene.Net.Analysis.CharFilters;

namespace CommuneDocs.Indexing;

/// <summary>
/// Composes letters typed as base + combining marks ("a" U+0300) into the precomposed letter ("à"), as NFC does
/// (<see cref="VietnameseText.ToNfc"/>, which needs no ICU), so both spellings give one token; offsets
/// of the tokens still point into the original text.
/// </summary>
internal sealed class NfcCharFilter : BaseCharFilter
{
    private string? _output;
    private int _position;

    public NfcCharFilter(TextReader input) : base(input)
    {
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var output = Fill();
        if (_position >= output.Length) return 0;
        var n = Math.Min(count, output.Length - _position);
        output.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }

    public override int Read()
    {
        var output = Fill();
        return _position < output.Length ? output[_position++] : -1;
    }

    /// <summary>Reads the whole input once and normalises it cluster by cluster, recording where lengths change.</summary>
    private string Fill()
    {
        if (_output is not null) return _output;
        // Lucene's reusable string reader answers null, not "", for an empty text.
        var input = m_input.ReadToEnd() ?? "";
        if (!HasCombining(input)) return _output = input;
        var sb = new StringBuilder(input.Length);
        var diff = 0;
        var i = 0;
        while (i < input.Length)
        {
            var end = i + 1;
            while (end < input.Length && IsCombining(input[end])) end++;
            var cluster = input[i..end];
            var nfc = end - i > 1 ? VietnameseText.ToNfc(cluster) : cluster;
            sb.Append(nfc);
            if (nfc.Length != cluster.Length)
            {
                diff += cluster.Length - nfc.Length;
                AddOffCorrectMap(sb.Length, diff);
            }
            i = end;
        }
        return _output = sb.ToString();
    }

    private static bool HasCombining(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300' && IsCombining(c)) return true;
        }
        return false;
    }

    private static bool IsCombining(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
