namespace CommuneDocs.Reading.Docx;

/// <summary>
/// A read-only view of another stream that fails once more than a budget of bytes has come out of it, so a zip entry
/// whose header lies about its size cannot be inflated past the limit. The budget may be shared by several streams.
/// </summary>
internal sealed class LengthCappedStream : Stream
{
    private readonly Stream _inner;
    private readonly ReadBudget _budget;

    private readonly bool _ownsInner;

    public LengthCappedStream(Stream inner, ReadBudget budget, bool ownsInner = true)
    {
        _inner = inner;
        _budget = budget;
        _ownsInner = ownsInner;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // Ask for one byte more than the budget allows, so that going over it is seen rather than cut silently.
        var allowed = (int)Math.Min(buffer.Length, _budget.Remaining + 1);
        if (allowed == 0) allowed = 1;
        var n = _inner.Read(buffer[..allowed]);
        _budget.Spend(n);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsInner) _inner.Dispose();
        base.Dispose(disposing);
    }
}
