using CommuneDocs.Model;

namespace CommuneDocs.Reading.Docx;

/// <summary>How many more inflated bytes may be read from a package; going over throws <see cref="DocumentFormatException"/> (TooLarge).</summary>
internal sealed class ReadBudget
{
    private readonly string _fileName;

    public ReadBudget(long limit, string fileName)
    {
        Limit = limit;
        Remaining = limit;
        _fileName = fileName;
    }

    public long Limit { get; }

    public long Remaining { get; private set; }

    public void Spend(long bytes)
    {
        Remaining -= bytes;
        if (Remaining < 0)
        {
            throw new DocumentFormatException(DocumentError.TooLarge, Messages.DocxInflatesTooFar(_fileName, Limit));
        }
    }
}
