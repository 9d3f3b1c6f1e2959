using CommuneDocs.Export;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Reading.Html;

/// <summary>
/// A Word document saved as "Web Page" parses as its .docx does (issue 15): the four commune plans of
/// ../shared/realworld-dev in both forms give the same contract JSON, all but <c>source</c>.
/// </summary>
public class WordWebPageTests
{
    private static readonly string[] Plans =
    [
        "baccamranh-kh-mttq-kiemtra-giamsat-2025", "luongminh-16-kh-mttq-baucu-2025", "luongminh-kh-mttq-hiepthuong-2025",
        "phobang-01-kh-tbttkt-baucu-2025",
    ];

    [TestCaseSource(nameof(Plans))]
    public void WebPage_ParsesAsItsDocx(string stem)
    {
        var docx = PlanParser.Parse(TestPaths.RealWorldDevFile(stem + ".docx"));
        var page = PlanParser.Parse(TestPaths.RealWorldDevFile(stem + "-htm.htm"));

        Assert.Multiple(() =>
        {
            Assert.That(page.Source.Format, Is.EqualTo(SourceFormat.Html));
            Assert.That(PlanJson.Serialize(page with { Source = docx.Source }), Is.EqualTo(PlanJson.Serialize(docx)));
        });
    }
}
