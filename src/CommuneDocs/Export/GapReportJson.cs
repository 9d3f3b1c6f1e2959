using System.Text.Json;
using CommuneDocs.Comparison;
using CommuneDocs.Model;

namespace CommuneDocs.Export;

/// <summary>
/// Writes a <see cref="GapReport"/> as JSON in the contract of <c>gaps.schema.json</c> (schema version 1, with the
/// additions docs/comparison.md describes: <c>page</c>, <c>closest</c>, <c>weakerTargets</c>, <c>laterDeadlines</c>).
/// </summary>
public static class GapReportJson
{
    /// <summary>The report as an indented UTF-8 JSON string.</summary>
    public static string Serialize(GapReport report) => ContractJson.Serialize(report, WriteReport);

    /// <summary>Writes the report as indented UTF-8 JSON to a stream.</summary>
    public static void Write(GapReport report, Stream stream) => ContractJson.Write(report, stream, WriteReport);

    private static void WriteReport(Utf8JsonWriter w, GapReport report)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", GapReport.SchemaVersion);
        w.WriteStartArray("plans");
        foreach (var p in report.Plans)
        {
            w.WriteStartObject();
            w.WriteString("source", p.Source);
            w.WriteString("commune", p.Commune);
            if (p.SiblingGroup is { } g) w.WriteNumber("siblingGroup", g);
            else w.WriteNull("siblingGroup");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("families");
        foreach (var f in report.Families)
        {
            w.WriteStartObject();
            w.WriteString("id", f.Id);
            w.WriteString("title", f.Title);
            w.WriteStartArray("members");
            foreach (var m in f.Members)
            {
                w.WriteStartObject();
                w.WriteString("source", m.Source);
                w.WriteString("taskId", m.TaskId);
                w.WriteNumber("score", m.Score);
                WritePage(w, m.Page);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("gaps");
        foreach (var g in report.Gaps)
        {
            w.WriteStartObject();
            w.WriteString("source", g.Source);
            w.WriteStartArray("missing");
            foreach (var m in g.Missing)
            {
                w.WriteStartObject();
                w.WriteString("family", m.Family);
                w.WriteNumber("support", m.Support);
                w.WriteNumber("of", m.Of);
                if (m.Closest is { } c)
                {
                    w.WriteStartObject("closest");
                    w.WriteString("taskId", c.TaskId);
                    w.WriteString("title", c.Title);
                    w.WriteNumber("score", c.Score);
                    w.WriteNumber("coverRatio", c.CoverRatio);
                    WritePage(w, c.Page);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteWeakerTargets(w, report);
        WriteLaterDeadlines(w, report);
        w.WriteEndObject();
    }

    /// <summary>Targets weaker than most siblings' for the same metric (an addition to version 1).</summary>
    private static void WriteWeakerTargets(Utf8JsonWriter w, GapReport report)
    {
        w.WriteStartArray("weakerTargets");
        foreach (var finding in report.WeakerTargets)
        {
            w.WriteStartObject();
            WriteTarget(w, finding.Source, finding.Target);
            w.WriteStartArray("siblings");
            foreach (var s in finding.Siblings)
            {
                w.WriteStartObject();
                WriteTarget(w, s.Source, s.Target);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteTarget(Utf8JsonWriter w, string source, Target t)
    {
        w.WriteString("source", source);
        if (t.Year is { } year) w.WriteNumber("year", year);
        else w.WriteNull("year");
        w.WriteString("text", t.Text);
        w.WriteString("comparator", PlanJson.ComparatorSymbol(t.Comparator));
        w.WriteNumber("value", t.Value);
        w.WriteString("unit", t.Unit);
        PlanJson.WriteSpan(w, t.Span);
    }

    /// <summary>Deadlines later than most siblings' for the same work (an addition to version 1).</summary>
    private static void WriteLaterDeadlines(Utf8JsonWriter w, GapReport report)
    {
        w.WriteStartArray("laterDeadlines");
        foreach (var finding in report.LaterDeadlines)
        {
            w.WriteStartObject();
            w.WriteString("family", finding.Family);
            WriteWork(w, finding.Work);
            w.WriteStartArray("siblings");
            foreach (var s in finding.Siblings)
            {
                w.WriteStartObject();
                WriteWork(w, s);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteWork(Utf8JsonWriter w, DatedWork work)
    {
        w.WriteString("source", work.Source);
        w.WriteString("taskId", work.TaskId);
        w.WriteString("text", work.Text);
        w.WriteString("deadline", work.Deadline.ToString());
        PlanJson.WriteSpan(w, work.Span);
    }

    /// <summary>The page a task starts on, written only for sources with pages (an addition to version 1).</summary>
    private static void WritePage(Utf8JsonWriter w, int? page)
    {
        if (page is { } p) w.WriteNumber("page", p);
    }
}
