using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using CommuneDocs.Export;
using CommuneDocs.Indexing;

namespace CommuneDocs.Cli;

/// <summary><c>communedocs search "TEXT" --index DIR</c>: finds clauses like a text.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "What to look for, with or without diacritics." };
        var index = new Option<string>("--index", "-i") { Required = true, Description = "The index folder made by `communedocs index`." };
        var commune = new Option<string?>("--commune") { Description = "Only clauses of this commune (case and diacritics ignored)." };
        var kind = new Option<string?>("--kind") { Description = "Only clauses of this kind: task, item, target, duty, row or node." };
        kind.AcceptOnlyFromAmong("task", "item", "target", "duty", "row", "node");
        var year = new Option<int?>("--year") { Description = "Only clauses of this year (their own, else their plan's)." };
        var top = new Option<int>("--top", "-n") { Description = "How many results at most (default 10).", DefaultValueFactory = _ => 10 };
        var lang = LangOption.Create();
        var json = new Option<bool>("--json") { Description = "Print {\"query\", \"results\": [{source, commune, path, kind, text, score}]} instead of a list." };
        var command = new Command("search", """
            Search indexed clauses for a text; typed without diacritics it still finds the accented words.
            Example: communedocs search "thanh toan truc tuyen" --index idx/ --kind task --top 5
            Exit codes: 0 searched (even with no result), 1 the index cannot be opened, 2 usage error.
            """)
        {
            text, index, commune, kind, year, top, json, lang,
        };
        command.SetAction(result => Run(result.GetValue(text)!, result.GetValue(index)!, result.GetValue(commune), result.GetValue(kind),
            result.GetValue(year), result.GetValue(top), result.GetValue(json), LangOption.Bind(result.GetValue(lang))));
        return command;
    }

    private static int Run(string text, string folder, string? commune, string? kind, int? year, int top, bool json, ReportLanguage language)
    {
        if (top <= 0)
        {
            Console.Error.WriteLine("communedocs: --top must be at least 1.");
            return 2;
        }
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"communedocs: no index in '{folder}'; make one with `communedocs index PATH... --index {folder}`.");
            return 1;
        }
        IReadOnlyList<ClauseHit> hits;
        try
        {
            using var idx = PlanIndex.Open(folder);
            var query = new ClauseQuery(text)
            {
                Commune = commune,
                Kind = kind is null ? null : Enum.Parse<ClauseKind>(kind, ignoreCase: true),
                Year = year,
                Top = top,
            };
            hits = new ClauseSearch(idx).Search(query);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"communedocs: {ex.Message}");
            return 1;
        }
        if (json) WriteJson(text, hits);
        else SearchResultsText.Write(text, hits, Console.Out, language);
        return 0;
    }

    private static void WriteJson(string text, IReadOnlyList<ClauseHit> hits)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("query", text);
            w.WriteStartArray("results");
            foreach (var h in hits)
            {
                w.WriteStartObject();
                w.WriteString("source", h.Source);
                w.WriteString("commune", h.Commune);
                w.WriteString("path", h.Path);
                w.WriteString("kind", h.Kind.ToString().ToLowerInvariant());
                w.WriteString("text", h.Text);
                w.WriteNumber("score", Math.Round(h.Score, 4));
                w.WriteString("snippet", h.Snippet);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stdout.Write("\n"u8);
    }
}
