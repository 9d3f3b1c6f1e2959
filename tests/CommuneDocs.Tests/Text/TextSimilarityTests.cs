using CommuneDocs.Text;

namespace CommuneDocs.Tests.Text;

/// <summary>The similarity features and measures every stage compares texts with (issue 20).</summary>
public class TextSimilarityTests
{
    [Test]
    public void Features_AreFoldedSyllablesAndBigrams_AbbreviationsSpelledOut()
    {
        var features = TextSimilarity.Features("Đẩy mạnh DVCTT, hoà nhập");

        Assert.That(features.Keys, Is.EqualTo(new[]
        {
            "day", "day manh", "manh", "manh dich", "dich", "dich vu", "vu", "vu cong", "cong", "cong truc", "truc", "truc tuyen",
            "tuyen", "tuyen hoa", "hoa", "hoa nhap", "nhap",
        }));
    }

    [Test]
    public void Features_RepeatedSyllable_IsCounted()
    {
        Assert.That(TextSimilarity.Features("hòa hoà")["hoa"], Is.EqualTo(2));
    }

    [Test]
    public void Bigrams_OfWords_PairEachWordWithTheNext()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TextSimilarity.Bigrams(["a", "b", "c"]), Is.EqualTo(new[] { "a b", "b c" }));
            Assert.That(TextSimilarity.Bigrams(["a"]), Is.Empty);
        });
    }

    [Test]
    public void Cosine_OfCounts_IsOneForTheSameTextZeroForNothingShared()
    {
        var a = TextSimilarity.Features("rà soát thủ tục hành chính");
        var b = TextSimilarity.Features("Rà soát thủ tục hành chính");
        var c = TextSimilarity.Features("tuyên truyền");

        Assert.Multiple(() =>
        {
            Assert.That(TextSimilarity.Cosine(a, b), Is.EqualTo(1).Within(1e-12));
            Assert.That(TextSimilarity.Cosine(a, c), Is.Zero);
            Assert.That(TextSimilarity.Cosine(a, []), Is.Zero);
        });
    }

    [Test]
    public void Dot_OfUnitVectors_IsTheirCosineWhicheverComesFirst()
    {
        var a = new Dictionary<string, double> { ["x"] = 0.6, ["y"] = 0.8 };
        var b = new Dictionary<string, double> { ["y"] = 1 };

        Assert.Multiple(() =>
        {
            Assert.That(TextSimilarity.Dot(a, b), Is.EqualTo(0.8));
            Assert.That(TextSimilarity.Dot(b, a), Is.EqualTo(0.8));
            Assert.That(TextSimilarity.DotOver(a, a), Is.EqualTo(1).Within(1e-12));
        });
    }

    [Test]
    public void Overlap_ShorterSetWhollyInTheLonger_IsOne()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TextSimilarity.Overlap(["a b", "b c"], ["a b", "b c", "c d", "d e"]), Is.EqualTo(1));
            Assert.That(TextSimilarity.Overlap(["a b", "x y"], ["a b", "b c", "c d"]), Is.EqualTo(0.5));
            Assert.That(TextSimilarity.Overlap([], ["a b"]), Is.Zero);
        });
    }

    [Test]
    public void TfIdfSpace_Vector_IsUnitLengthAndWeighsASharedWordLess()
    {
        var space = new TfIdfSpace();
        var texts = new[] { "thực hiện rà soát", "thực hiện số hóa", "thực hiện tuyên truyền" }.Select(TextSimilarity.Features).ToList();
        var counted = texts.Select(space.AddDocument).ToList();

        var vector = space.Vector(counted[0]);

        // The vector's entries are the text's features in their order.
        var features = texts[0].Keys.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, vector.Count).Sum(i => vector.Weight(i) * vector.Weight(i)), Is.EqualTo(1).Within(1e-12));
            Assert.That(vector.Weight(features.IndexOf("thuc")), Is.LessThan(vector.Weight(features.IndexOf("ra"))));
            Assert.That(vector.Count, Is.EqualTo(features.Count));
        });
    }

    [Test]
    public void SparseVector_FindsEachTermsWeight_AndDotsAsTheDictionariesDo()
    {
        var a = new SparseVector([7, 2, 9, 4], [0.5, 0.1, 0.7, 0.5]);
        var b = new SparseVector([4, 11, 7], [0.6, 0.0, 0.8]);
        var asDictionary = new Dictionary<int, double> { [7] = 0.5, [2] = 0.1, [9] = 0.7, [4] = 0.5 };
        var bAsDictionary = new Dictionary<int, double> { [4] = 0.6, [11] = 0.0, [7] = 0.8 };

        Assert.Multiple(() =>
        {
            Assert.That(a.TryGetValue(9, out var nine) ? nine : double.NaN, Is.EqualTo(0.7));
            Assert.That(a.TryGetValue(2, out var two) ? two : double.NaN, Is.EqualTo(0.1));
            Assert.That(a.TryGetValue(5, out _), Is.False);
            Assert.That(new SparseVector([], []).TryGetValue(1, out _), Is.False);
            Assert.That(TextSimilarity.Dot(a, b), Is.EqualTo(TextSimilarity.Dot(asDictionary, bAsDictionary)));
            Assert.That(TextSimilarity.DotOver(a, bAsDictionary), Is.EqualTo(TextSimilarity.DotOver(asDictionary, bAsDictionary)));
        });
    }
}
