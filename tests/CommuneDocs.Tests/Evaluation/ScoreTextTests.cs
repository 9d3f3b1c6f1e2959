using System.Text.Json;
using CommuneDocs.Dev.Evaluation;

namespace CommuneDocs.Tests.Evaluation;

/// <summary>
/// score.py's text rules, case by case. Expected values were printed by score.py's own <c>norm</c>,
/// <c>norm_code</c>, <c>unit_key</c> and Python's <c>format</c> / <c>repr</c> (Python 3.11.7, Unicode 14).
/// </summary>
public class ScoreTextTests
{
    private static readonly object[] NormCases =
    [
        new object[] { "Ho\u00E0 b\u00ECnh", "ho\u00E0 binh\u0300" },
        new object[] { "H\u00D2A B\u00CCNH", "ho\u00E0 binh\u0300" },
        new object[] { "thu\u1EF7 l\u1EE3i", "thu\u1EF7 l\u01A1\u1ECB" },
        new object[] { "Th\u1EE7y L\u1EE3i", "thu\u1EF7 l\u01A1\u1ECB" },
        new object[] { "  \u2013 (K\u1EBF ho\u1EA1ch s\u1ED1 64/KH-UBND) ; ", "k\u1EBF hoac\u1E25 s\u1ED1 64/kh-ubnd" },
        new object[] { "STRASSE", "strasse" },
        new object[] { "stra\u00DFe", "strasse" },
        new object[] { "\u212B", "\u00E5" },
        new object[] { "e\u0302\u0301", "\u1EBF" },
        new object[] { "Qu\u00FD III\u00A0n\u0103m 2025", "qu\u00FD iii n\u0103m 2025" },
        new object[] { "\u001Cx\u001F", "x" },
        new object[] { "\u03A3\u0391\u03A3", "\u03C3\u03B1\u03C3" },
        new object[] { "\uFB01", "fi" },
        new object[] { "\u0130stanbul", "i\u0307stanbul" },
        new object[] { "\uAC00\uAC01", "\uAC00\uAC01" },
        new object[] { "a\u0323\u0302", "\u1EAD" },
        new object[] { "hoang\u0300", "hoang\u0300" },
        new object[] { "\u2014\u2212\u2010", "" },
        new object[] { "x\u200By", "x\u200By" },
        new object[] { "\u201Cquoted\u201D", "quoted" },
        new object[] { "\U0001D400\U0001D401", "\U0001D400\U0001D401" },
        new object[] { "\u01C4", "\u01C6" },
        new object[] { "\u0250", "\u0250" },
        new object[] { "\u13F8", "\u13F0" },
        new object[] { "", "" },
    ];

    [TestCaseSource(nameof(NormCases))]
    public void Norm_Text_MatchesScorePy(string text, string expected) =>
        Assert.That(ScoreText.Norm(text), Is.EqualTo(expected));

    [Test]
    public void Norm_None_IsEmpty() => Assert.That(ScoreText.Norm((string?)null), Is.EqualTo(""));

    [Test]
    public void NormCode_SpacesAroundDashAndSlash_AreDropped() =>
        Assert.That(ScoreText.NormCode(JsonSerializer.SerializeToElement("1565 / QĐ – TTg")), Is.EqualTo("1565/qđ-ttg"));

    [TestCase("% trở lên", "%")]
    [TestCase("nhóm thủ tục hành chính", "nhoḿ thủ")]
    [TestCase("90%", "90 %")]
    public void UnitKey_Unit_IsItsFirstTwoWords(string unit, string expected) =>
        Assert.That(ScoreText.UnitKey(JsonSerializer.SerializeToElement(unit)), Is.EqualTo(expected));

    [TestCase(0.0625, "0.062")]
    [TestCase(0.5625, "0.562")]
    [TestCase(0.0005, "0.001")]
    [TestCase(2.675, "2.675")]
    [TestCase(1.0 / 3, "0.333")]
    [TestCase(0.9995, "1.000")]
    [TestCase(1e-7, "0.000")]
    public void Fixed_ThreeDigits_RoundsTheExactValueHalfToEven(double value, string expected) =>
        Assert.That(Py.Fixed(value, 3), Is.EqualTo(expected));

    [TestCase(1e16, "1e+16")]
    [TestCase(1e-5, "1e-05")]
    [TestCase(123456789012345678.0, "1.2345678901234568e+17")]
    [TestCase(0.1, "0.1")]
    [TestCase(1.5e300, "1.5e+300")]
    [TestCase(90.0, "90.0")]
    [TestCase(1e15, "1000000000000000.0")]
    [TestCase(0.0001, "0.0001")]
    public void FloatRepr_Value_IsPythonRepr(double value, string expected) =>
        Assert.That(Py.FloatRepr(value), Is.EqualTo(expected));

    [TestCase("90", 90.0)]
    [TestCase(" 5 ", 5.0)]
    [TestCase("1_000", 1000.0)]
    [TestCase("1e2", 100.0)]
    [TestCase("\u0663", 3.0)]
    [TestCase("-inf", double.NegativeInfinity)]
    public void ParseFloat_WhatPythonAccepts_IsParsed(string text, double expected) =>
        Assert.That(Py.ParseFloat(text), Is.EqualTo(expected));

    [TestCase("None")]
    [TestCase("90%")]
    [TestCase("1__0")]
    [TestCase("True")]
    [TestCase("")]
    public void ParseFloat_WhatPythonRejects_IsNull(string text) => Assert.That(Py.ParseFloat(text), Is.Null);
}
