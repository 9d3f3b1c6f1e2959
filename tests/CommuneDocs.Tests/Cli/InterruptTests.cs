using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CommuneDocs.Tests.Cli;

/// <summary>Ctrl-C (SIGINT) during a long run: whole outputs only, a word of what was written, exit 130.</summary>
[NonParallelizable]
public class InterruptTests
{
    private const int Plans = 600;

    [Test]
    public void Parse_InterruptedByCtrlC_LeavesOnlyWholeOutputsAndSaysHowMany()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("SIGINT is sent with kill(1), which Windows lacks.");
        var work = Directory.CreateTempSubdirectory("communedocs-interrupt-").FullName;
        try
        {
            var input = Path.Combine(work, "in");
            var output = Path.Combine(work, "out");
            var generated = CommunedocsDev.Run("generate", "--count", Plans.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "3", "--out", input);
            Assert.That(generated.ExitCode, Is.Zero, generated.Stderr);

            var start = Communedocs.Start(null, "parse", input, "--out", output, "--jobs", "1");
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            using var parse = Process.Start(start)!;
            var stderr = parse.StandardError.ReadToEndAsync();
            var stdout = parse.StandardOutput.ReadToEndAsync();
            var watch = Stopwatch.StartNew();
            while (Count(output, "*.json") < 5 && !parse.HasExited && watch.Elapsed < TimeSpan.FromMinutes(2)) Thread.Sleep(20);
            Assume.That(parse.HasExited, Is.False, "the batch finished before it could be interrupted");
            using (var kill = Process.Start("kill", ["-INT", parse.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
            if (!parse.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                parse.Kill(entireProcessTree: true);
                Assert.Fail("parse did not stop within 30 s of SIGINT");
            }
            parse.WaitForExit();

            var message = Regex.Match(stderr.Result, @"interrupted: ([\d,]+) of ([\d,]+) written to (.+)");
            var written = Directory.GetFiles(output, "*.json");
            Assert.Multiple(() =>
            {
                Assert.That(parse.ExitCode, Is.EqualTo(130), stderr.Result);
                Assert.That(message.Success, Is.True, stderr.Result);
                Assert.That(message.Groups[1].Value.Replace(",", ""), Is.EqualTo(written.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                Assert.That(message.Groups[2].Value, Is.EqualTo("600"));
                Assert.That(message.Groups[3].Value.Trim(), Is.EqualTo(output));
                Assert.That(written.Length, Is.InRange(5, Plans - 1));
                Assert.That(Directory.GetFiles(output).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)), Is.Empty, "no temporary file left");
                foreach (var file in written) Assert.That(() => JsonDocument.Parse(File.ReadAllBytes(file)).Dispose(), Throws.Nothing, file);
            });
            _ = stdout.Result;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static int Count(string folder, string pattern) => Directory.Exists(folder) ? Directory.GetFiles(folder, pattern).Length : 0;
}
