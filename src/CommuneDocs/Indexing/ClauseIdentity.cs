using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CommuneDocs.Text;

namespace CommuneDocs.Indexing;

/// <summary>
/// What makes two clauses the same clause, in one plan or in many: the same words in the same order, whatever the
/// case, punctuation, spacing or tone-mark placement ("Uỷ ban" = "Ủy ban"). The index keeps it with every clause so
/// that a search lists a wording once, with every plan that has it.
/// </summary>
internal static class ClauseIdentity
{
    /// <summary>The words of <paramref name="text"/> as compared: runs of letters and digits, each as <see cref="VietnameseText.ToneKey"/> gives it, one space between.</summary>
    public static string Wording(string text)
    {
        // The words joined by one space, then keyed at once: ToneKey keys each space-separated word on its own.
        var words = new StringBuilder(text.Length);
        foreach (var c in VietnameseText.ToNfc(text))
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                words.Append(c);
            }
            else if (words.Length > 0 && words[^1] != ' ')
            {
                words.Append(' ');
            }
        }
        if (words.Length > 0 && words[^1] == ' ') words.Length--;
        return VietnameseText.ToneKey(words.ToString());
    }

    /// <summary>A 64-bit number for the wording of <paramref name="text"/> (the first eight bytes of its SHA-256).</summary>
    public static long Of(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(Wording(text)), hash);
        return BinaryPrimitives.ReadInt64BigEndian(hash);
    }

    /// <summary>The identity as the index's term: sixteen hex digits.</summary>
    public static string Term(long identity) => identity.ToString("x16", CultureInfo.InvariantCulture);
}
