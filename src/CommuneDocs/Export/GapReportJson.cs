using System.Text.Json;
using CommuneDocs.Comparison;

namespace CommuneDocs.Export;

/// <summary>Writes a <see cref="GapReport"/> as JSON in the contract of <c>gaps.schema.json</c> (schema version 1).</summary>
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
        w.WriteEndObject();
    }

    /// <summary>The page a task starts on, written only for sources with pages (an addition to version 1).</summary>
    private static void WritePage(Utf8JsonWriter w, int? page)
    {
        if (page is { } p) w.WriteNumber("page", p);
    }
}
