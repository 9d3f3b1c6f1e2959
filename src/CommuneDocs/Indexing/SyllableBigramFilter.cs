using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CommuneDocs.Indexing;

/// <summary>
/// Emits each token, then the bigram of it and the next token: the stream Lucene's <c>ShingleFilter(input, 2, 2)</c>
/// with unigrams makes ("dịch", "dịch vụ", "vụ", "vụ công", "công"), token for token, with the same offsets, position
/// increments and lengths, types ("shingle") and end state, holes included: where the tokenizer skipped a position
/// (a token over its length limit) the bigram takes the filler "_" in its place, as ShingleFilter does.
/// </summary>
/// <remarks>
/// ShingleFilter keeps a window of captured attribute states, cloning every attribute of every token, which made it
/// the largest cost of indexing (about 40 % of <c>communedocs index</c>). This filter keeps the two terms of its window
/// in reused buffers and allocates nothing per token. A test compares the two streams on random text.
/// </remarks>
internal sealed class SyllableBigramFilter : TokenFilter
{
    /// <summary>The type of a bigram token, ShingleFilter's.</summary>
    public const string BigramType = "shingle";

    /// <summary>What stands for a skipped position in a bigram, ShingleFilter's default.</summary>
    private const string Filler = "_";

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IPositionLengthAttribute _length;
    private readonly ITypeAttribute _type;

    private Slot _first = new();
    private Slot _second = new();
    private readonly Slot _held = new();
    private int _count;
    private bool _bigramNext;
    private bool _holding;
    private bool _exhausted;
    // The stream's end as the filter below left it (its final offset and the positions it skipped at the end), kept
    // as values: capturing the state would clone every attribute once a field.
    private int _endStart;
    private int _endOffset;
    private int _endIncrement;

    public SyllableBigramFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _length = AddAttribute<IPositionLengthAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_bigramNext)
        {
            _bigramNext = false;
            if (_count == 2)
            {
                EmitBigram(increment: 0);
                return true;
            }
        }
        Shift();
        if (_count == 0) return false;
        if (!_first.IsFiller)
        {
            Emit(_first, _first.Start, _first.End, 1, 1, _first.Type);
            _bigramNext = true;
            return true;
        }
        // A window that starts with a filler gives no unigram, only its bigram (when a token follows).
        if (_count < 2) return false;
        EmitBigram(increment: 1);
        return true;
    }

    public override void End()
    {
        if (!_exhausted)
        {
            base.End();
            return;
        }
        ClearAttributes();
        _offset.SetOffset(_endStart, _endOffset);
        _increment.PositionIncrement = _endIncrement;
    }

    public override void Reset()
    {
        base.Reset();
        _count = 0;
        _bigramNext = false;
        _holding = false;
        _exhausted = false;
    }

    private void EmitBigram(int increment)
    {
        Emit(_first, _first.Start, _second.End, increment, 2, BigramType);
        _term.Append(' ');
        _term.Append(_second.Term, 0, _second.Length);
    }

    private void Emit(Slot first, int start, int end, int increment, int length, string type)
    {
        ClearAttributes();
        _term.CopyBuffer(first.Term, 0, first.Length);
        _offset.SetOffset(start, end);
        _increment.PositionIncrement = increment;
        _length.PositionLength = length;
        _type.Type = type;
    }

    /// <summary>Drops the window's first token and fills the window up to two tokens again.</summary>
    private void Shift()
    {
        if (_count > 0)
        {
            (_first, _second) = (_second, _first);
            _count--;
        }
        while (_count < 2 && Next(_count == 0 ? _first : _second)) _count++;
    }

    /// <summary>
    /// The next token of the window into <paramref name="slot"/>: a filler before a token that follows a hole (one,
    /// however many positions were skipped: a bigram holds one), and one at the end when the tokenizer skipped the
    /// last positions.
    /// </summary>
    private bool Next(Slot slot)
    {
        if (_holding)
        {
            _holding = false;
            slot.CopyFrom(_held);
            return true;
        }
        if (_exhausted) return false;
        if (m_input.IncrementToken())
        {
            if (_increment.PositionIncrement > 1)
            {
                _held.Set(_term, _offset.StartOffset, _offset.EndOffset, _type.Type);
                _holding = true;
                slot.SetFiller(_offset.StartOffset, _type.Type);
                return true;
            }
            slot.Set(_term, _offset.StartOffset, _offset.EndOffset, _type.Type);
            return true;
        }
        _exhausted = true;
        m_input.End();
        (_endStart, _endOffset, _endIncrement) = (_offset.StartOffset, _offset.EndOffset, _increment.PositionIncrement);
        if (_increment.PositionIncrement <= 0) return false;
        slot.SetFiller(_offset.EndOffset, _type.Type);
        return true;
    }

    /// <summary>One token of the window: its term in a reused buffer, offsets and type.</summary>
    private sealed class Slot
    {
        public char[] Term { get; private set; } = new char[32];

        public int Length { get; private set; }

        public int Start { get; private set; }

        public int End { get; private set; }

        public string Type { get; private set; } = "";

        public bool IsFiller { get; private set; }

        public void Set(ICharTermAttribute term, int start, int end, string type)
        {
            Fill(term.Buffer, term.Length);
            Start = start;
            End = end;
            Type = type;
            IsFiller = false;
        }

        /// <summary>A filler at <paramref name="at"/>: it takes no room in the text.</summary>
        public void SetFiller(int at, string type)
        {
            Fill(Filler.AsSpan(), Filler.Length);
            Start = at;
            End = at;
            Type = type;
            IsFiller = true;
        }

        public void CopyFrom(Slot other)
        {
            Fill(other.Term, other.Length);
            Start = other.Start;
            End = other.End;
            Type = other.Type;
            IsFiller = other.IsFiller;
        }

        private void Fill(ReadOnlySpan<char> chars, int length)
        {
            if (Term.Length < length) Term = new char[Math.Max(length, Term.Length * 2)];
            chars[..length].CopyTo(Term);
            Length = length;
        }
    }
}
