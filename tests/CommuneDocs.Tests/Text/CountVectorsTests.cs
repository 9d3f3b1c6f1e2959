using CommuneDocs.Text;

namespace CommuneDocs.Tests.Text;

/// <summary>Feature counts over shared ids, for the cosines of many pairs of titles (sibling finding, issue 17).</summary>
public class CountVectorsTests
{
    private static readonly string[] Texts =
    [
        "Kế hoạch thực hiện Quyết định số 1565/QĐ-TTg về dịch vụ công trực tuyến năm 2025",
        "KẾ HOẠCH Triển khai thực hiện Quyết định 1565/QĐ-TTg, đẩy mạnh DVCTT",
        "Kế hoạch cải cách hành chính năm 2026",
        "hòa hoà hoà nhập nhập",
        "",
        "—",
        "Kế hoạch thực hiện Quyết định số 1565/QĐ-TTg về dịch vụ công trực tuyến năm 2025",
    ];

    [Test]
    public void Cosine_IsTheCosineOfTheTextsFeatureCounts_ToTheBit()
    {
        var features = Texts.Select(TextSimilarity.Features).ToList();
        var vectors = new CountVectors(features);

        for (var a = 0; a < Texts.Length; a++)
        {
            for (var b = 0; b < Texts.Length; b++)
            {
                Assert.That(vectors.Cosine(a, b), Is.EqualTo(TextSimilarity.Cosine(features[a], features[b])), $"{a} and {b}");
            }
        }
    }

    [Test]
    public void Cosine_WithATextWithoutFeatures_IsZero_AndOfATextWithItselfIsOne()
    {
        var vectors = new CountVectors([.. Texts.Select(TextSimilarity.Features)]);

        Assert.Multiple(() =>
        {
            Assert.That(vectors.Count, Is.EqualTo(Texts.Length));
            Assert.That(vectors.Cosine(0, 4), Is.Zero);
            Assert.That(vectors.Cosine(5, 5), Is.Zero);
            Assert.That(vectors.Cosine(0, 6), Is.EqualTo(1.0).Within(1e-12));
        });
    }
}
