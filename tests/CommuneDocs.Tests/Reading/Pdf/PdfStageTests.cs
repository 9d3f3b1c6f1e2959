using CommuneDocs.Reading;
using CommuneDocs.Reading.Pdf;

namespace CommuneDocs.Tests.Reading.Pdf;

/// <summary>The stages the PDF reader's page pipeline runs after the layout detectors (issue #20), on lines made in code.</summary>
internal sealed class PdfStageTests
{
    private const double Size = 13;

    /// <summary>A one-word line whose box starts at <paramref name="left"/>, <paramref name="width"/> wide, on <paramref name="baseline"/>.</summary>
    private static TextLine Line(string text, double left, double width, double baseline, double size = Size) =>
        new([new TextWord(text, new Box(left, baseline, left + width, baseline + size * 0.7), baseline, size, Bold: false, Italic: false)]);

    private static List<PageItem> Page(int page, params TextLine[] lines) => [.. lines.Select(l => new LineItem(page, l))];

    [Test]
    public void FootnoteSeparator_SmallerNumberedLinesAtThePageFoot_BecomeNotesWithTheirMark()
    {
        var page = Page(1,
            Line("Body one", 85, 420, 700),
            Line("Body two", 85, 420, 682),
            Line("Body three", 85, 420, 664),
            Line("1", 85, 5, 100, size: 8),
            Line("Theo Quyet dinh so 1565/QD-TTg.", 90, 200, 96, size: 10));

        var (body, footnotes) = FootnoteSeparator.Instance.Separate([page]);
        var notes = FootnoteSeparator.Instance.Notes(footnotes, new BodyColumns([new BodyColumn(85, 505)], firstPage: 1));

        Assert.Multiple(() =>
        {
            Assert.That(body.Cast<LineItem>().Select(l => l.Line.Text), Is.EqualTo(new[] { "Body one", "Body two", "Body three" }));
            Assert.That(notes.Select(n => n.Text), Is.EqualTo(new[] { "1 Theo Quyet dinh so 1565/QD-TTg." }));
        });
    }

    [Test]
    public void FootnoteSeparator_SmallerLinesThatAreNotNumbered_StayInTheFlow()
    {
        var page = Page(1,
            Line("Body one", 85, 420, 700),
            Line("Body two", 85, 420, 682),
            Line("Body three", 85, 420, 664),
            Line("Noi nhan: nhu tren", 85, 120, 100, size: 10));

        var (body, footnotes) = FootnoteSeparator.Instance.Separate([page]);

        Assert.That((body.Count, footnotes.Count), Is.EqualTo((4, 0)));
    }

    [Test]
    public void ColumnBlockJoiner_BlockBrokenByAPage_IsOneBlockWithTheOneSidedLinesBetween()
    {
        var first = new ColumnsItem(1, new Box(85, 60, 505, 140), 300, [Line("Noi nhan:", 85, 60, 130)], [Line("CHU TICH", 360, 80, 130)]);
        var between = new LineItem(2, Line("- Luu: VT.", 85, 70, 780));
        var second = new ColumnsItem(2, new Box(85, 700, 505, 770), 310, [Line("- UBND huyen", 85, 90, 760)], [Line("Nguyen Van A", 350, 100, 760)]);

        var joined = ColumnBlockJoiner.Instance.Join([first, between, second]);

        Assert.That(joined, Has.Count.EqualTo(1));
        var block = (ColumnsItem)joined[0];
        Assert.Multiple(() =>
        {
            Assert.That(block.Left.Select(l => l.Text), Is.EqualTo(new[] { "Noi nhan:", "- Luu: VT.", "- UBND huyen" }));
            Assert.That(block.Right.Select(l => l.Text), Is.EqualTo(new[] { "CHU TICH", "Nguyen Van A" }));
        });
    }

    [Test]
    public void ColumnBlockJoiner_BlocksSplitFarApart_StayTwoBlocks()
    {
        var first = new ColumnsItem(1, new Box(85, 60, 505, 140), 200, [Line("A", 85, 60, 130)], [Line("B", 260, 80, 130)]);
        var second = new ColumnsItem(1, new Box(85, 20, 505, 50), 300, [Line("C", 85, 90, 40)], [Line("D", 350, 100, 40)]);

        Assert.That(ColumnBlockJoiner.Instance.Join([first, second]), Has.Count.EqualTo(2));
    }

    [Test]
    public void BodyColumn_OfAPage_IsBoundByItsWideLinesNotByAShortIndentedOne()
    {
        var lines = new[]
        {
            Line("wide", 85, 420, 700), Line("wide", 85, 420, 682), Line("wide", 85, 410, 664),
            Line("short", 300, 60, 646),
        };

        var column = BodyColumn.Measure([.. lines], pageWidth: 595);

        Assert.That(column, Is.EqualTo(new BodyColumn(85, 505)));
    }

    [Test]
    public void BodyColumns_PageBeyondThoseMeasured_TakesTheNearestPagesColumn()
    {
        var columns = new BodyColumns([new BodyColumn(85, 505), new BodyColumn(70, 520)], firstPage: 1);

        var placed = columns.Place(Line("x", 90, 10, 500), 1);

        Assert.Multiple(() =>
        {
            Assert.That(columns.Of(2), Is.EqualTo(new BodyColumn(70, 520)));
            Assert.That(columns.Of(5), Is.EqualTo(new BodyColumn(70, 520)));
            Assert.That((placed.Page, placed.ColumnLeft, placed.ColumnRight), Is.EqualTo((1, 85.0, 505.0)));
        });
    }
}
