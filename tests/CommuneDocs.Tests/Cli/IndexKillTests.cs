using System.Diagnostics;
using System.Globalization;
using CommuneDocs.Indexing;

namespace CommuneDocs.Tests.Cli;

/// <summary>
/// <c>communedocs index</c> killed outright (SIGKILL: no handler runs, nothing is flushed) after it committed a batch:
/// the index opens, holds whole plans only (each with the clauses a full run gives it), and a second run indexes the
/// rest and skips what was committed.
/// </summary>
[NonParallelizable]
public class IndexKillTests
{
    private const int Plans = 1500;

    private const int Jobs = 2;

    /// <summary>The plans the index command commits at once with <see cref="Jobs"/> jobs.</summary>
    private const int Batch = CommuneDocs.Cli.IndexCommand.BatchPerJob * Jobs;

    [Test]
    public void Index_KilledAfterACommit_OpensWithWholePlansAndResumes()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("The run is killed from a POSIX shell.");
        var work = Directory.CreateTempSubdirectory("communedocs-kill-").FullName;
        try
        {
            var input = Path.Combine(work, "in");
            var killed = Path.Combine(work, "killed");
            var whole = Path.Combine(work, "whole");
            var generated = CommunedocsDev.Run("generate", "--count", Plans.ToString(CultureInfo.InvariantCulture), "--seed", "5", "--out", input);
            Assert.That(generated.ExitCode, Is.Zero, generated.Stderr);

            // The shell starts the run, waits for the second batch's commit to begin (segments_3: the first one is
            // whole by then) and kills the run with SIGKILL, which no handler sees.
            var script = $$"""
                dotnet "{{Communedocs.Dll}}" index "{{input}}" --index "{{killed}}" --jobs {{Jobs}} 2>/dev/null &
                pid=$!
                while [ ! -f "{{killed}}/segments_3" ] && kill -0 $pid 2>/dev/null; do sleep 0.005; done
                kill -9 $pid
                wait $pid
                echo "exit $?"
                """;
            var killRun = ExternalProgram.Run(new ProcessStartInfo("bash", ["-c", script]) { UseShellExecute = false }, TimeSpan.FromMinutes(5));
            Assume.That(killRun.Stdout.Trim(), Is.EqualTo("exit 137"), "the run finished before the kill reached it");

            Assert.That(Communedocs.Run("index", input, "--index", whole, "--jobs", Jobs.ToString(CultureInfo.InvariantCulture)).ExitCode, Is.Zero);
            int committed;
            using (var after = PlanIndex.Open(killed))
            using (var reference = PlanIndex.Open(whole))
            {
                var keys = after.SourceKeys;
                committed = keys.Count;
                // Whole batches: none when the kill came before the first commit was whole, never all of them.
                Assert.That(keys.Count % Batch, Is.Zero, "whole batches");
                Assert.That(keys.Count, Is.LessThan(Plans));
                Assert.That(keys, Is.SubsetOf(reference.SourceKeys));
                Assert.Multiple(() =>
                {
                    foreach (var key in keys) Assert.That(after.ClauseCount(key), Is.EqualTo(reference.ClauseCount(key)), key);
                });
            }

            var resumed = Communedocs.Run("index", input, "--index", killed, "--jobs", Jobs.ToString(CultureInfo.InvariantCulture));
            Assert.That(resumed.ExitCode, Is.Zero, resumed.Stderr);
            using var done = PlanIndex.Open(killed);
            using var full = PlanIndex.Open(whole);
            Assert.Multiple(() =>
            {
                Assert.That(resumed.Stderr, Does.Contain($"{Plans - committed} added, 0 replaced, {committed} unchanged"));
                Assert.That(done.SourceKeys, Is.EqualTo(full.SourceKeys));
                Assert.That(done.ClauseCount(), Is.EqualTo(full.ClauseCount()));
            });
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
