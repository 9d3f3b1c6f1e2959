using System.Diagnostics;
using System.Text.Json;
using CommuneDocs.Dev.Evaluation;
using CommuneDocs.Export;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Reading.Docx;

/// <summary>
/// Word plans of a provincial office as they were drafted (../shared/realworld, no gold): what can be checked without
/// annotation, and their PDF renderings read like the .docx.
/// </summary>
internal sealed class RealWorldDocxTests
{
    private static readonly string[] Plans =
    [
        "lamdong-ke-hoach-cchc-2026-2030.docx", "lamdong-ke-hoach-kiem-tra-cchc-2026.docx",
        "lamdong-ke-hoach-pcmt-2030.docx", "lamdong-ke-hoach-thi-dua-cchc-2026.docx",
    ];

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

    [TestCaseSource(nameof(Plans))]
    public void DraftPlan_ReadsItsHeaderSignerOutlineAndTasks(string name)
    {
        var plan = PlanParser.Parse(TestPaths.RealWorldFile(name));

        Assert.Multiple(() =>
        {
            Assert.That(plan.Kind, Is.EqualTo(DocumentKind.Plan));
            Assert.That((plan.Number, plan.Symbol), Is.EqualTo(((string?)null, "KH-UBND")), "a draft leaves the registry number blank");
            Assert.That(plan.Warnings.Select(w => w.Code), Does.Contain(DiagnosticCode.BlankNumber));
            Assert.That((plan.Issuer, plan.Province, plan.Place), Is.EqualTo(("Ủy ban nhân dân tỉnh Lâm Đồng", "Lâm Đồng", "Lâm Đồng")));
            Assert.That(plan.Title, Is.Not.Empty);
            Assert.That((plan.Signer?.Authority, plan.Signer?.Position), Is.EqualTo(("KT. Chủ tịch", "Phó Chủ tịch")));
            Assert.That(plan.Signer?.Name, Is.Not.Empty);
            Assert.That(plan.Outline.Select(n => n.Label), Is.EqualTo(Roman.Take(plan.Outline.Length)), "the parts numbered I., II., ... in order");
            Assert.That(plan.Outline.Length, Is.GreaterThanOrEqualTo(3));
            Assert.That(plan.Tasks, Is.Not.Empty);
            Assert.That(plan.Recipients, Has.Some.StartsWith("Lưu"));
        });
    }

    [Test]
    public void TaskAppendix_IsOneTableOfSevenColumnsGroupedByField()
    {
        var plan = PlanParser.Parse(TestPaths.RealWorldFile("lamdong-ke-hoach-cchc-2026-2030.docx"));

        var table = plan.Tables.Single();
        var data = table.Rows.Where(r => r.Kind == TableRowKind.Data).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(table.Columns, Is.EqualTo(new[]
            {
                "STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện", "Phối hợp thực hiện", "Theo dõi, kiểm tra, đôn đốc",
            }));
            Assert.That(table.Rows.Count(r => r.Kind == TableRowKind.Group), Is.EqualTo(7), "an appendix task table keeps its group rows");
            Assert.That(data.Select(r => r.Groups.Single().Split(' ')[0]).Distinct(), Is.EqualTo(Roman.Take(7)));
            Assert.That(table.Rows.Select(r => r.Cells.Length), Is.All.EqualTo(7));
            Assert.That(data.Where(r => r.Cells[0].Length > 0).Select(r => r.Cells[1]), Is.All.Not.Empty, "each numbered task has its text");
        });
    }

    [Test]
    public void InspectionPlan_ScheduleTable_ListsUnitsWithTheirTimes()
    {
        var plan = PlanParser.Parse(TestPaths.RealWorldFile("lamdong-ke-hoach-kiem-tra-cchc-2026.docx"));

        var table = plan.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(table.Columns, Is.EqualTo(new[] { "STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra" }));
            Assert.That(table.Rows.Length, Is.GreaterThan(20));
            Assert.That(table.Rows.Select(r => r.Cells[2]), Has.All.Contain("2026"));
        });
    }

    /// <summary>
    /// LibreOffice's PDF export of each plan (headers in two columns, a landscape appendix whose rows break across
    /// pages and whose number cells are merged down) scored against the plan's own .docx parse as gold.
    /// </summary>
    [Test]
    public void PdfRendering_OfEachPlan_ReadsAsItsDocx()
    {
        var soffice = ExternalProgram.FindOnPath("soffice", "libreoffice");
        if (soffice is null) Assert.Ignore("LibreOffice not installed; .ci/run installs libreoffice-writer-nogui");
        var docx = Plans.Select(TestPaths.RealWorldFile).ToList();
        var dir = Directory.CreateTempSubdirectory("communedocs-realworld-pdf-").FullName;
        try
        {
            var start = new ProcessStartInfo(soffice!)
            {
                ArgumentList = { "-env:UserInstallation=file://" + Path.Combine(dir, "lo-profile"), "--headless", "--convert-to", "pdf", "--outdir", dir },
            };
            foreach (var file in docx) start.ArgumentList.Add(file);
            var run = ExternalProgram.Run(start, TimeSpan.FromMinutes(5));
            foreach (var file in docx)
            {
                var pdf = Path.Combine(dir, Path.GetFileNameWithoutExtension(file) + ".pdf");
                if (!File.Exists(pdf)) Assert.Ignore($"LibreOffice wrote no PDF (is libreoffice-writer installed?): {run.Stdout} {run.Stderr}");
                using var gold = JsonDocument.Parse(PlanJson.Serialize(PlanParser.Parse(file)));

                var scores = PlanScorer.Score(gold.RootElement, PlanParser.Parse(pdf));

                TestContext.Out.WriteLine($"{Path.GetFileName(file)}: {string.Join("  ", scores.Fields.Select(f => $"{f.Key}={f.Value:F3}"))}");
                Assert.Multiple(() =>
                {
                    foreach (var (field, value) in scores.Fields)
                        Assert.That(value, Is.GreaterThanOrEqualTo(0.95), $"{Path.GetFileName(file)}: {field}");
                });
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
