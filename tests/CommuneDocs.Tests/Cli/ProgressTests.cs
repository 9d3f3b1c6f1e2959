using CommuneDocs.Cli;

namespace CommuneDocs.Tests.Cli;

public class ProgressTests
{
    [Test]
    public void Line_SaysDoneOfTotalElapsedAndTimeLeftAtThePaceSoFar() =>
        Assert.That(Progress.Line(77, 4500, "parsed", TimeSpan.FromSeconds(12)), Is.EqualTo("  77/4,500 parsed · 0:12 elapsed · about 11:29 left"));

    [Test]
    public void Line_EarlyOrDone_LeavesOutTheTimeLeft()
    {
        Assert.That(Progress.Line(1, 4500, "parsed", TimeSpan.FromSeconds(1)), Is.EqualTo("  1/4,500 parsed · 0:01 elapsed"));
        Assert.That(Progress.Line(4500, 4500, "parsed", TimeSpan.FromMinutes(75)), Is.EqualTo("  4,500/4,500 parsed · 1:15:00 elapsed"));
    }
}
