using System.Diagnostics;
using System.Globalization;

namespace CommuneDocs.Benchmarks;

/// <summary>
/// The parse's cost against its floor (<see cref="Floors"/>), measured in pairs: each pair times the floor and the parse
/// of one file back to back, in alternating order, after a full collection each, so that both calls of a pair see the
/// machine in the same state. The median of the pairs' ratios holds on a machine whose speed drifts by tens of per
/// cent within a minute (a shared VM), where the ratio of two BenchmarkDotNet cases measured one after the other does
/// not. Run: <c>dotnet run -c Release --project benchmarks/CommuneDocs.Benchmarks -- paired [pdf|docx] [pairs]</c>.
/// </summary>
public static class PairedRatios
{
    private const int WarmUpCalls = 60;

    public static void Run(string[] args)
    {
        var format = args.Length > 0 ? args[0] : "pdf";
        var pairs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        Func<byte[], int> floor = format switch
        {
            "pdf" => Floors.PdfPigWords,
            "docx" => Floors.OpenXmlParagraphText,
            _ => throw new ArgumentException($"format '{format}': pdf or docx"),
        };
        var floorName = format == "pdf" ? "PdfPig open + GetWords" : "OpenXml paragraph text";
        Console.WriteLine($"| file | {floorName}, median | CommuneDocs parse, median | ratio, median of {pairs} pairs | ratio, middle half |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var name in CorpusFiles.Names("." + format))
        {
            var bytes = CorpusFiles.Read(name);
            WarmUp(() => floor(bytes), () => Floors.Parse(bytes, name));
            var floorTimes = new double[pairs];
            var parseTimes = new double[pairs];
            var ratios = new double[pairs];
            for (var i = 0; i < pairs; i++)
            {
                if (i % 2 == 0)
                {
                    floorTimes[i] = Time(() => floor(bytes));
                    parseTimes[i] = Time(() => Floors.Parse(bytes, name));
                }
                else
                {
                    parseTimes[i] = Time(() => Floors.Parse(bytes, name));
                    floorTimes[i] = Time(() => floor(bytes));
                }
                ratios[i] = parseTimes[i] / floorTimes[i];
            }
            Array.Sort(ratios);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Median(floorTimes):F1} ms | {Median(parseTimes):F1} ms | {Quantile(ratios, 0.5):F2} | {Quantile(ratios, 0.25):F2}–{Quantile(ratios, 0.75):F2} |"));
        }
    }

    /// <summary>Calls both often enough for the JIT's last tier to compile them, then waits for it.</summary>
    private static void WarmUp(Action first, Action second)
    {
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < WarmUpCalls; i++)
            {
                first();
                second();
            }
            Thread.Sleep(500);
        }
    }

    /// <summary>The call's wall time in milliseconds, after a full collection that is not timed.</summary>
    private static double Time(Action call)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        call();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        return Quantile(sorted, 0.5);
    }

    private static double Quantile(double[] sorted, double q)
    {
        var at = q * (sorted.Length - 1);
        var low = (int)Math.Floor(at);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (at - low) * (sorted[high] - sorted[low]);
    }
}
