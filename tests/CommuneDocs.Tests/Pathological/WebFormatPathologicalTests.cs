using System.Diagnostics;
using System.Text;
using CommuneDocs.Reading;
using CommuneDocs.Reading.Html;
using CommuneDocs.Reading.Markdown;

namespace CommuneDocs.Tests.Pathological;

/// <summary>
/// Markdown and HTML in pathological shapes (STYLE.md 8; issue 15): each is read in bounded time without a stack
/// overflow, the walks over Markdig's and AngleSharp's trees being iterative.
/// </summary>
public class WebFormatPathologicalTests
{
    private const string Plan = "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n**KẾ HOẠCH**\n\n";

    private const string PlanHtml = "<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>KẾ HOẠCH</p>";

    private static SourceDocument Markdown(string text) =>
        MarkdownReader.Instance.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "p.md", PlanParser.LimitsOf(ParseOptions.Default));

    private static SourceDocument Html(string text) =>
        HtmlReader.Instance.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "p.html", PlanParser.LimitsOf(ParseOptions.Default));

    private static void Within(TimeSpan limit, Action read)
    {
        var watch = Stopwatch.StartNew();
        read();
        Assert.That(watch.Elapsed, Is.LessThan(limit));
    }

    [Test]
    public void Markdown_PastMarkdigsDepthLimit_IsReadAsPlainParagraphsWithAWarning()
    {
        var doc = Markdown(Plan + string.Concat(Enumerable.Repeat("Rà soát **thủ tục** hành chính, ", 60_000)));

        Assert.That(doc.Diagnostics.Select(d => d.Code), Does.Contain(CommuneDocs.Model.DiagnosticCode.LimitReached));
    }

    [Test]
    public void Markdown_HugeSingleLine_IsOneParagraph()
    {
        var line = string.Concat(Enumerable.Repeat("Rà soát **thủ tục** hành chính, ", 2_000));
        Within(TimeSpan.FromSeconds(20), () => Assert.That(Markdown(Plan + line).Blocks.Length, Is.EqualTo(3)));
    }

    [Test]
    public void Markdown_DeeplyNestedListsAndQuotes_AreRead()
    {
        var nested = string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', Math.Min(i * 2, 6_000)) + "- mục " + i + "\n"));
        var quotes = new string('>', 500) + " trích dẫn\n";
        Within(TimeSpan.FromSeconds(20), () => Assert.That(Markdown(Plan + nested + "\n" + quotes).Blocks.Length, Is.GreaterThan(2)));
    }

    [Test]
    public void Markdown_NestedEmphasisAndUnclosedMarkers_AreRead()
    {
        var emphasis = string.Concat(Enumerable.Repeat("*_", 2_000)) + "x" + string.Concat(Enumerable.Repeat("_*", 2_000));
        var unclosed = string.Concat(Enumerable.Repeat("**a ", 5_000));
        Within(TimeSpan.FromSeconds(20), () => Assert.That(Markdown(Plan + emphasis + "\n\n" + unclosed).Blocks.Length, Is.GreaterThan(2)));
    }

    [Test]
    public void Markdown_PseudoPipeTableOfManyCells_IsOneTable()
    {
        var cells = string.Concat(Enumerable.Range(0, 50_000).Select(i => "|\nô " + i + "\n" + (i % 5 == 4 ? "|\n" : "")));
        Within(TimeSpan.FromSeconds(20), () => Assert.That(Markdown(Plan + cells + "|\n").Blocks.OfType<SourceTable>().Single().Rows.Length, Is.EqualTo(10_000)));
    }

    [Test]
    public void Html_BombOfNestedElements_IsRead()
    {
        var depth = 5_000; // AngleSharp's tree building grows with the square of the depth (20,000 levels take ~15 s)
        var bomb = string.Concat(Enumerable.Repeat("<div><span><b>", depth)) + "sâu" + string.Concat(Enumerable.Repeat("</b></span></div>", depth));
        Within(TimeSpan.FromSeconds(30), () => Assert.That(Html("<html><body>" + PlanHtml + bomb + "</body></html>").Blocks.OfType<SourceParagraph>().Last().Text, Is.EqualTo("sâu")));
    }

    [Test]
    public void Html_DeeplyNestedTablesAndUnclosedTags_AreRead()
    {
        var tables = string.Concat(Enumerable.Repeat("<table><tr><td>ô", 2_000));
        var unclosed = string.Concat(Enumerable.Repeat("<p><b><i><span>mục ", 20_000));
        Within(TimeSpan.FromSeconds(30), () => Assert.That(Html("<html><body>" + PlanHtml + tables + unclosed).Blocks.Length, Is.GreaterThan(2)));
    }

    [Test]
    public void Html_HugeSingleLine_IsOneParagraph()
    {
        var line = string.Concat(Enumerable.Repeat("Rà soát <b>thủ tục</b> hành chính, ", 2_000));
        Within(TimeSpan.FromSeconds(20), () => Assert.That(Html("<html><body>" + PlanHtml + "<p>" + line + "</p></body></html>").Blocks.Length, Is.EqualTo(3)));
    }
}
