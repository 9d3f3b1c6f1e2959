using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CommuneDocs.Cli;

namespace CommuneDocs.Tests.Export;

/// <summary>
/// <c>communedocs gaps --html</c> (issue #8) on the four plans of Quyết định 1565/QĐ-TTg, loaded in headless Chromium:
/// the page's script runs without error and the DOM it leaves shows each gap of gaps.json as one missing cell.
/// </summary>
public class GapReportHtmlBrowserTests
{
    private static readonly TimeSpan ChromiumTimeout = TimeSpan.FromSeconds(60);

    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("communedocs-html-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void GapsHtml_InChromium_ShowsEachGapOfGapsJsonAsOneMissingCell_AndSorts()
    {
        var chromium = ExternalProgram.FindOnPath("chromium", "chromium-browser");
        if (chromium is null) Assert.Ignore("Chromium not installed (not on PATH); .ci/run installs the Debian package chromium");
        var json = Path.Combine(_dir, "gaps.json");
        var html = Path.Combine(_dir, "gaps.html");
        var inputs = GoldFiles.Siblings1565.Select(stem => Path.Combine(TestPaths.Corpus, stem + ".txt"));
        var exit = GapsCommand.Create().Parse([.. inputs, "--out", json, "--html", html]).Invoke();
        Assert.That(exit, Is.EqualTo(0));

        var gaps = GapsOf(json);
        var dom = DumpDom(chromium!, new Uri(html).AbsoluteUri + "#families=missing&communes=name");
        var body = Regex.Match(dom, "<body[^>]*>").Value;
        var cells = GapPageCells.Read(dom);
        var rows = GapPageCells.Rows(dom);
        Assert.Multiple(() =>
        {
            Assert.That(body, Does.Not.Contain("data-error"), "script error: " + Regex.Match(dom, "data-error=\"([^\"]*)\"").Groups[1].Value);
            Assert.That(body, Does.Contain("data-ready=\"1\""), "the page's script ran to its end");
            Assert.That(gaps, Is.Not.Empty);
            Assert.That(Regex.Count(dom, "data-state=\"missing\""), Is.EqualTo(gaps.Count));
            Assert.That(cells.Where(c => c.State == "missing").Select(c => (c.Source, c.Family)), Is.EquivalentTo(gaps));
            // #families=missing: most missed first; #communes=name: columns in Vietnamese alphabetical order (C < Đ < H < V).
            Assert.That(rows.Select(r => r.MissingIn), Is.Ordered.Descending);
            Assert.That(rows.Select(r => r.MissingIn), Is.EqualTo(rows.Select(r => cells.Count(c => c.Family == r.Family && c.State == "missing"))));
            Assert.That(GapPageCells.Communes(dom), Is.EqualTo(new[] { "Cẩm Giang", "Đường An", "Hà Tây", "Vũ Quang" }));
        });
    }

    /// <summary>Every (plan, family) gap that gaps.json lists.</summary>
    private static List<(string Source, string Family)> GapsOf(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("gaps").EnumerateArray()
            .SelectMany(g => g.GetProperty("missing").EnumerateArray().Select(m => (g.GetProperty("source").GetString()!, m.GetProperty("family").GetString()!)))
            .ToList();
    }

    /// <summary>The DOM after the page's script has run, serialised by headless Chromium; its whole process tree is killed on timeout.</summary>
    private string DumpDom(string chromium, string url)
    {
        var start = new ProcessStartInfo(chromium)
        {
            ArgumentList =
            {
                "--headless=new", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
                "--user-data-dir=" + Path.Combine(_dir, "profile"), "--dump-dom", url,
            },
            StandardOutputEncoding = Encoding.UTF8,
        };
        var result = ExternalProgram.Run(start, ChromiumTimeout);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        return result.Stdout;
    }
}
