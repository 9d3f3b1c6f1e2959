using System.CommandLine;
using CommuneDocs.Export;
using System.Text.Encodings.Web;
using System.Text.Json;
using CommuneDocs.Indexing;

namespace CommuneDocs.Cli;

/// <summary><c>communedocs search "TEXT" --index DIR</c>: finds clauses like a text.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("TEXT") { Description = "What to look for: with diacritics it matches them as typed (tone placement aside), without any it matches any." };
        var index = new Option<string>("--index", "-i") { Required = true, HelpName = "DIR", Description = "The index folder made by `communedocs index`." };
        var commune = new Option<string?>("--commune") { HelpName = "NAME", Description = "Only clauses of this commune (case and diacritics ignored)." };
        var kind = new Option<string?>("--kind") { Description = "Only clauses of this kind." };
        kind.AcceptOnlyFromAmong("task", "item", "target", "duty", "row", "node");
        var year = Flags.OptionalCount("--year", "", "YEAR", "Only clauses of this year (their own, else their plan's).", min: 1);
        var top = Flags.Count("--top", "-n", "How many results at most.", min: 1, defaultValue: 10);
        var places = Flags.Count("--places", "", "How many places (plan and path) each result lists at most; the others are counted.", min: 1, defaultValue: ClauseQuery.DefaultMaxPlaces);
        var lang = LangOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the results as JSON: rank, relevance (0-1), kind, text, snippet and every place (commune, province, files, path, page)." };
        var command = new DocumentedCommand("search", "Search indexed clauses for a text.")
        {
            Details = """
                Typed with diacritics, a word matches those diacritics ("kiểm tra" does not find "tiết kiệm"; "hoà" and
                "hòa" are one); typed without any, it matches whatever the diacritics ("kiem tra"). A clause found in
                several plans is one result that lists each plan: commune (or province), path, page and files.
                """,
            Examples = ["communedocs search \"thanh toan truc tuyen\" --index idx/ --kind task --top 5", "communedocs search \"kiểm tra\" --index idx/ --commune \"ha tay\" --json"],
            ExitCodes = "0 searched (even with no result), 1 the index cannot be opened, 2 usage error.",
        };
        command.Add(text);
        command.Add(index);
        command.Add(commune);
        command.Add(kind);
        command.Add(year);
        command.Add(top);
        command.Add(places);
        command.Add(json);
        command.Add(lang);
        command.SetAction(result => Run(result.GetValue(text)!, result.GetValue(index)!, result.GetValue(commune), result.GetValue(kind),
            result.GetValue(year), result.GetValue(top), result.GetValue(places), result.GetValue(json), LangOption.Bind(result.GetValue(lang))));
        return command;
    }

    private static int Run(string text, string folder, string? commune, string? kind, int? year, int top, int places, bool json, ReportLanguage language)
    {
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
                MaxPlaces = places,
            };
            hits = new ClauseSearch(idx).Search(query);
        }
        catch (IndexFormatException ex)
        {
            Console.Error.WriteLine($"communedocs: the index in {folder} was made by {(ex.Found < PlanIndex.FormatVersion ? "an earlier" : "a later")} version (index format {ex.Found}); " +
                $"index the plans again: communedocs index PATH... --index {folder}");
            return 1;
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
            for (var i = 0; i < hits.Count; i++)
            {
                var h = hits[i];
                w.WriteStartObject();
                w.WriteNumber("rank", i + 1);
                w.WriteNumber("relevance", h.Relevance);
                w.WriteString("kind", PlanIndexNames.Kind(h.Kind));
                w.WriteString("text", h.Text);
                w.WriteString("snippet", h.Snippet);
                w.WriteNumber("placeCount", h.PlaceCount);
                w.WriteStartArray("places");
                foreach (var p in h.Places)
                {
                    w.WriteStartObject();
                    w.WriteString("commune", p.Commune);
                    w.WriteString("province", p.Province);
                    w.WriteString("source", p.Source);
                    w.WriteStartArray("files");
                    foreach (var f in p.Files) w.WriteStringValue(f);
                    w.WriteEndArray();
                    w.WriteString("path", p.Path);
                    w.WriteString("kind", PlanIndexNames.Kind(p.Kind));
                    if (p.Page is { } page) w.WriteNumber("page", page);
                    else w.WriteNull("page");
                    if (p.Year is { } y) w.WriteNumber("year", y);
                    else w.WriteNull("year");
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stdout.Write("\n"u8);
    }
}

/// <summary>How kinds are named on the command line and in JSON.</summary>
internal static class PlanIndexNames
{
    public static string Kind(ClauseKind kind) => kind.ToString().ToLowerInvariant();
}
