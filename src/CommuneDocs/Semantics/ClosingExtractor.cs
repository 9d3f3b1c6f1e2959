using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CommuneDocs.Model;
using CommuneDocs.Structure;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>The Nơi nhận list and the signature block (Nghị định 30/2020/NĐ-CP, Điều 8, khoản 7 and 9).</summary>
internal static partial class ClosingExtractor
{
    [GeneratedRegex(@"^(?<prefix>TM|KT|Q|TL|TUQ)\s*\.\s*(?<rest>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Authority();

    /// <summary>
    /// Where one entry of the list ends and the next begins inside one line: a line break (Word's Shift+Enter), or a
    /// ';' followed by the next entry's bullet, as when the entries were laid out with spaces ("- Bộ Công an;      - Tỉnh ủy;").
    /// A ';' without a bullet after it stays inside its entry ("- TT. Đảng ủy; TT. HĐND xã;").
    /// </summary>
    [GeneratedRegex(@"\n|;\s*(?=[-–+•]\s)", RegexOptions.CultureInvariant)]
    private static partial Regex EntryBreak();

    /// <summary>One entry per item of the list, as written, without its bullet and its closing ';' or '.'.</summary>
    public static ImmutableArray<string> Recipients(StructuredDocument doc)
    {
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var line in doc.Recipients)
        {
            foreach (var entry in EntryBreak().Split(line.Enumerator?.Rest ?? line.Text))
            {
                var text = VietnameseText.CollapseSpaces(entry).TrimStart('-', '–', '+', '•', ' ').TrimEnd(';', '.', ',', ' ');
                if (text.EndsWith("./", StringComparison.Ordinal)) text = text[..^2];
                if (text.Length > 0) result.Add(text);
            }
        }
        return result.ToImmutable();
    }

    public static Signer? Signer(StructuredDocument doc, List<Diagnostic> diagnostics)
    {
        var lines = doc.Signature.SelectMany(l => l.Text.Split('\n')).Select(t => VietnameseText.CollapseSpaces(t)).Where(t => t.Length > 0).ToList();
        if (lines.Count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCode.MissingSignature, "no signature block found", SourceSpan.None));
            return null;
        }
        string? authority = null, position = null, name = null;
        foreach (var t in lines)
        {
            var m = Authority().Match(t);
            if (m.Success && VietnameseText.IsUpperCase(m.Groups["rest"].Value, 3))
            {
                authority = m.Groups["prefix"].Value + ". " + Office(m.Groups["rest"].Value);
                continue;
            }
            if (Markers.IsPositionLine(t))
            {
                position = Office(t);
                continue;
            }
            if (VietnameseText.IsUpperCase(t, 3) && (position ?? authority) is not null)
            {
                // A title wrapped over lines ("TM. ỦY BAN" / "NHÂN DÂN", "THỦ TRƯỞNG CƠ QUAN" / "QUẢN LÝ"): the rest of the line above.
                if (position is not null) position += " " + Office(t).ToLowerInvariant();
                else authority += " " + Office(t).ToLowerInvariant();
                continue;
            }
            if ((PersonNames.LooksLikeName(t) ? t : PersonNames.NameAtStart(t)) is { } person)
            {
                // The first signature block is the document's; later ones belong to forms in its appendices.
                name = person;
                break;
            }
        }
        // "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH": the position is under the authority. "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": likewise.
        if (position is null && authority is not null && Authority().Match(authority) is { Success: true } only && only.Groups["prefix"].Value == "KT")
        {
            position = "Phó " + Office(only.Groups["rest"].Value);
        }
        return new Signer(name, position, authority);
    }

    /// <summary>"PHÓ CHỦ TỊCH" as "Phó Chủ tịch", "ỦY BAN NHÂN DÂN" as "Ủy ban nhân dân".</summary>
    private static string Office(string upper)
    {
        var s = VietnameseText.SentenceCase(VietnameseText.CollapseSpaces(upper));
        return s.Replace("chủ tịch", "Chủ tịch", StringComparison.Ordinal).Replace("Phó Chủ tịch", "Phó Chủ tịch");
    }
}
