using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CommuneDocs.Dev.Evaluation;

/// <summary>One scored file of an <see cref="EvaluationReport"/>.</summary>
/// <param name="Name">The row name: the prediction's file name without ".json" ("000_a883dd9e56d4ab64.txt").</param>
/// <param name="Scores">Its scores.</param>
internal sealed record EvaluatedFile(string Name, FieldScores Scores);

/// <summary>
/// The scores of many files against their gold answers, printed as <c>score.py</c> prints them: a row per file,
/// a column per field (sorted by name), then the mean and the overall mean, or as the same JSON.
/// </summary>
/// <param name="Files">The scored files, in the order to print them.</param>
internal sealed record EvaluationReport(ImmutableArray<EvaluatedFile> Files)
{
    /// <summary>
    /// Scores every <c>*.json</c> in <paramref name="predictionDirectory"/> (named <c>&lt;stem&gt;.&lt;format&gt;.json</c>
    /// or <c>&lt;stem&gt;.json</c>) against <c>&lt;stem&gt;.json</c> in <paramref name="goldDirectory"/>, as score.py does:
    /// files without a gold answer are left out, a prediction that is not valid UTF-8 JSON counts as an empty object,
    /// rows are in file-name order.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">A folder does not exist.</exception>
    /// <exception cref="JsonException">A gold file is not valid JSON.</exception>
    public static EvaluationReport FromFolders(string goldDirectory, string predictionDirectory)
    {
        ArgumentNullException.ThrowIfNull(goldDirectory);
        ArgumentNullException.ThrowIfNull(predictionDirectory);
        if (!Directory.Exists(goldDirectory)) throw new DirectoryNotFoundException($"'{goldDirectory}' does not exist.");
        var files = ImmutableArray.CreateBuilder<EvaluatedFile>();
        foreach (var path in Directory.EnumerateFiles(predictionDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var goldPath = Path.Combine(goldDirectory, name.Split('.')[0] + ".json");
            if (!File.Exists(goldPath)) continue;
            using var gold = JsonDocument.Parse(File.ReadAllBytes(goldPath));
            files.Add(new EvaluatedFile(name[..^".json".Length], PlanScorer.Score(gold.RootElement, File.ReadAllBytes(path))));
        }
        return new EvaluationReport(files.ToImmutable());
    }

    /// <summary>The JSON in <paramref name="utf8"/>, or an empty object where it is not valid UTF-8 JSON (score.py's rule).</summary>
    internal static JsonDocument ParseOrEmpty(byte[] utf8)
    {
        try
        {
            // JsonDocument checks UTF-8 only when a string is read; Python's read_text("utf-8") checks it all first.
            if (System.Text.Unicode.Utf8.IsValid(utf8)) return JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
        }
        return JsonDocument.Parse("{}");
    }

    /// <summary>The field-by-field mean over the files.</summary>
    /// <exception cref="ArgumentException">The report has no files.</exception>
    public FieldScores Mean => FieldScores.Mean(Files.Select(f => f.Scores));

    /// <summary>The mean of the field means (score.py's "overall").</summary>
    public double Overall => Mean.Overall;

    /// <summary>The table score.py prints, one line per file, then "mean" and "overall"; lines end with '\n'.</summary>
    public string ToTable()
    {
        if (Files.IsEmpty) return "no predictions matched a gold file\n";
        var mean = Mean;
        var fields = mean.Fields.Keys.ToList();
        var width = Files.Max(f => Length(f.Name)) + 2;
        var sb = new StringBuilder();
        sb.Append(PadRight("file", width)).AppendJoin(' ', fields.Select(f => (f.Length > 11 ? f[..11] : f).PadLeft(11))).Append('\n');
        foreach (var file in Files)
        {
            var row = file.Scores.Fields;
            sb.Append(PadRight(file.Name, width))
              .AppendJoin(' ', fields.Select(f => (row.TryGetValue(f, out var v) ? Py.Fixed(v, 3) : "-").PadLeft(11)))
              .Append('\n');
        }
        sb.Append(PadRight("mean", width)).AppendJoin(' ', fields.Select(f => Py.Fixed(mean.Fields[f], 3).PadLeft(11))).Append('\n');
        sb.Append("overall ").Append(Py.Fixed(mean.Overall, 3)).Append('\n');
        return sb.ToString();
    }

    /// <summary>The JSON <c>score.py --json</c> prints: <c>{"files": {name: {field: score}}, "mean": {...}, "overall": x}</c>.</summary>
    public string ToJson()
    {
        var sb = new StringBuilder();
        sb.Append("{\n \"files\": {");
        for (var i = 0; i < Files.Length; i++)
        {
            sb.Append(i == 0 ? "\n" : ",\n").Append("  ").Append(JsonString(Files[i].Name)).Append(": ");
            AppendObject(sb, Files[i].Scores.Ordered(), "  ");
        }
        sb.Append(Files.IsEmpty ? "}" : "\n }");
        if (!Files.IsEmpty)
        {
            var mean = Mean;
            sb.Append(",\n \"mean\": ");
            AppendObject(sb, mean.Fields.Select(p => (p.Key, p.Value)), " ");
            sb.Append(",\n \"overall\": ").Append(Py.FloatRepr(mean.Overall));
        }
        return sb.Append("\n}\n").ToString();
    }

    internal static void AppendObject(StringBuilder sb, IEnumerable<(string Name, double Value)> fields, string indent)
    {
        var first = true;
        sb.Append('{');
        foreach (var (name, value) in fields)
        {
            sb.Append(first ? "\n" : ",\n").Append(indent).Append(' ').Append(JsonString(name)).Append(": ").Append(Py.FloatRepr(value));
            first = false;
        }
        sb.Append(first ? "}" : "\n" + indent + "}");
    }

    /// <summary>A JSON string as Python's json.dumps writes it with ensure_ascii=False.</summary>
    internal static string JsonString(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ when c < 0x20 => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }

    private static int Length(string s) => s.EnumerateRunes().Count();

    private static string PadRight(string s, int width) => s + new string(' ', Math.Max(0, width - Length(s)));
}
