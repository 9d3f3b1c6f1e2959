using System.Text;
using CommuneDocs.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.PdfFonts;

namespace CommuneDocs.Reading.Pdf;

/// <summary>What a letter's font tells: its legacy Vietnamese encoding, if any, and whether it is bold or italic.</summary>
internal readonly record struct FontTraits(LegacyEncoding Encoding, bool Bold, bool Italic);

/// <summary>
/// The <see cref="FontTraits"/> of a page's fonts, worked out once per font rather than once per letter, and the
/// text of a word's letters with legacy TCVN3/VNI runs converted to Unicode. Records the legacy encodings it meets.
/// </summary>
internal sealed class FontTraitsCache(ISet<LegacyEncoding> legacySeen)
{
    /// <summary>A font of this weight or more is bold (600 is semibold on the OpenType/CSS weight scale).</summary>
    private const int SemiBoldWeight = 600;

    private readonly Dictionary<(string? Name, FontDetails? Details), FontTraits> _traits = [];
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _run = new();
    private Letter? _lastLetter;
    private FontTraits _lastTraits;

    public FontTraits For(Letter letter)
    {
        // Letters of one font share its name and details objects, and come in runs.
        if (_lastLetter is { } last && ReferenceEquals(last.FontName, letter.FontName) && ReferenceEquals(last.FontDetails, letter.FontDetails))
        {
            return _lastTraits;
        }
        var key = (letter.FontName, letter.FontDetails);
        if (!_traits.TryGetValue(key, out var traits))
        {
            traits = new FontTraits(LegacyVietnameseEncoding.FromFontName(letter.FontName), IsBold(letter), IsItalic(letter));
            _traits[key] = traits;
            if (traits.Encoding != LegacyEncoding.None) legacySeen.Add(traits.Encoding);
        }
        _lastLetter = letter;
        _lastTraits = traits;
        return traits;
    }

    /// <summary>The text of a word's letters: legacy-encoded runs converted, cleaned, NFC, spaces collapsed.</summary>
    public string Text(ReadOnlySpan<Letter> letters)
    {
        _text.Clear();
        _run.Clear();
        var runEncoding = LegacyEncoding.None;
        foreach (var letter in letters)
        {
            var encoding = For(letter).Encoding;
            if (encoding != runEncoding && _run.Length > 0)
            {
                _text.Append(LegacyVietnameseEncoding.Decode(_run.ToString(), runEncoding));
                _run.Clear();
            }
            runEncoding = encoding;
            _run.Append(letter.Value);
        }
        if (runEncoding == LegacyEncoding.None) _text.Append(_run);
        else _text.Append(LegacyVietnameseEncoding.Decode(_run.ToString(), runEncoding));
        return VietnameseText.CollapseSpaces(VietnameseText.Clean(_text.ToString()));
    }

    private static bool IsBold(Letter letter)
    {
        var name = letter.FontName ?? "";
        if (name.Contains("Bold", StringComparison.OrdinalIgnoreCase) || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase) || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(",B", StringComparison.Ordinal) || name.Contains(",Bold", StringComparison.Ordinal))
        {
            return true;
        }
        var details = letter.FontDetails;
        return details is not null && (details.IsBold || details.Weight >= SemiBoldWeight);
    }

    private static bool IsItalic(Letter letter)
    {
        var name = letter.FontName ?? "";
        if (name.Contains("Italic", StringComparison.OrdinalIgnoreCase) || name.Contains("Oblique", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(",I", StringComparison.Ordinal) || name.EndsWith(",BI", StringComparison.Ordinal))
        {
            return true;
        }
        return letter.FontDetails?.IsItalic == true;
    }
}
