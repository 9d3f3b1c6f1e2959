using System.Text.Json;
using CommuneDocs.Model;

namespace CommuneDocs.Export;

/// <summary>Writes a <see cref="PlanDocument"/> as JSON in the contract of <c>plan.schema.json</c> (schema version 1).</summary>
public static class PlanJson
{
    /// <summary>The plan as an indented UTF-8 JSON string.</summary>
    public static string Serialize(PlanDocument plan) => ContractJson.Serialize(plan, WritePlan);

    /// <summary>Writes the plan as indented UTF-8 JSON to a stream.</summary>
    public static void Write(PlanDocument plan, Stream stream) => ContractJson.Write(plan, stream, WritePlan);

    private static void WritePlan(Utf8JsonWriter w, PlanDocument plan)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", PlanDocument.SchemaVersion);
        w.WriteStartObject("source");
        w.WriteString("file", plan.Source.File);
        w.WriteString("format", FormatName(plan.Source.Format));
        WriteNumberOrNull(w, "pages", plan.Source.Pages);
        w.WriteEndObject();
        w.WriteString("kind", KindName(plan.Kind));
        w.WriteString("number", plan.Number);
        w.WriteString("symbol", plan.Symbol);
        w.WriteString("issuer", plan.Issuer);
        w.WriteString("commune", plan.Commune);
        w.WriteString("province", plan.Province);
        w.WriteString("place", plan.Place);
        w.WriteString("date", plan.Date?.ToString());
        w.WriteString("title", plan.Title);
        if (plan.Signer is { } s)
        {
            w.WriteStartObject("signer");
            w.WriteString("name", s.Name);
            w.WriteString("position", s.Position);
            w.WriteString("authority", s.Authority);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("signer");
        }
        WriteStrings(w, "recipients", plan.Recipients);
        w.WriteStartArray("references");
        foreach (var r in plan.References)
        {
            w.WriteStartObject();
            w.WriteString("kind", r.Kind);
            w.WriteString("number", r.Number);
            w.WriteString("date", r.Date?.ToString());
            w.WriteString("issuer", r.Issuer);
            if (r.Title is not null) w.WriteString("title", r.Title);
            WriteSpan(w, r.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("outline");
        foreach (var n in plan.Outline) WriteNode(w, n);
        w.WriteEndArray();
        w.WriteStartArray("targets");
        foreach (var t in plan.Targets)
        {
            w.WriteStartObject();
            WriteNumberOrNull(w, "year", t.Year);
            w.WriteString("text", t.Text);
            w.WriteString("comparator", ComparatorSymbol(t.Comparator));
            w.WriteNumber("value", t.Value);
            w.WriteString("unit", t.Unit);
            WriteSpan(w, t.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteTasks(w, "tasks", plan.Tasks);
        w.WriteStartArray("units");
        foreach (var u in plan.Units)
        {
            w.WriteStartObject();
            w.WriteString("name", u.Name);
            w.WriteString("canonical", u.Canonical);
            WriteStrings(w, "duties", u.Duties);
            WriteSpan(w, u.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("tables");
        foreach (var t in plan.Tables)
        {
            w.WriteStartObject();
            w.WriteString("caption", t.Caption);
            WriteStrings(w, "columns", t.Columns);
            w.WriteStartArray("rows");
            foreach (var r in t.Rows)
            {
                w.WriteStartObject();
                WriteStrings(w, "groups", r.Groups);
                WriteStrings(w, "cells", r.Cells);
                w.WriteString("kind", r.Kind switch { TableRowKind.Header => "header", TableRowKind.Group => "group", _ => "data" });
                WriteSpan(w, r.Span);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteSpan(w, t.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteStrings(w, "warnings", plan.Warnings.Select(d => d.Message));
        w.WriteStartArray("diagnostics");
        foreach (var d in plan.Warnings)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code.ToString());
            w.WriteString("message", d.Message);
            if (d.Span.Block >= 0) w.WriteNumber("block", d.Span.Block);
            if (d.Span.Page is { } page) w.WriteNumber("page", page);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The contract's name of a format: "text", "docx", "pdf", "markdown" or "html".</summary>
    public static string FormatName(SourceFormat format) => format switch
    {
        SourceFormat.Docx => "docx",
        SourceFormat.Pdf => "pdf",
        SourceFormat.Markdown => "markdown",
        SourceFormat.Html => "html",
        _ => "text",
    };

    /// <summary>The contract's name of a kind: "plan", "decision", "report", "letter" or "other".</summary>
    public static string KindName(DocumentKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The contract's comparator symbol.</summary>
    public static string ComparatorSymbol(Comparator c) => c switch
    {
        Comparator.Less => "<",
        Comparator.AtMost => "<=",
        Comparator.AtLeast => ">=",
        Comparator.Greater => ">",
        _ => "=",
    };

    /// <summary>Tasks with the contract's additions for real documents; a group's tasks nested in <c>subtasks</c>.</summary>
    private static void WriteTasks(Utf8JsonWriter w, string name, IEnumerable<PlanTask> tasks)
    {
        w.WriteStartArray(name);
        foreach (var t in tasks)
        {
            w.WriteStartObject();
            w.WriteString("id", t.Id);
            w.WriteString("title", t.Title);
            WriteStrings(w, "items", t.Items);
            w.WriteString("deadline", t.Deadline?.ToString());
            WriteStrings(w, "lead", t.Lead);
            WriteStrings(w, "support", t.Support);
            w.WriteString("product", t.Product);
            w.WriteString("source", t.Source == TaskSource.Appendix ? "appendix" : "body");
            w.WriteString("row", t.Row);
            w.WriteBoolean("recurring", t.Recurring);
            WriteSpan(w, t.Span);
            WriteTasks(w, "subtasks", t.Subtasks);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Provenance: the 1-based page (null for formats without pages) and the reader's 0-based block.</summary>
    internal static void WriteSpan(Utf8JsonWriter w, SourceSpan span)
    {
        WriteNumberOrNull(w, "page", span.Page);
        WriteNumberOrNull(w, "block", span.Block >= 0 ? span.Block : null);
    }

    private static void WriteNode(Utf8JsonWriter w, OutlineNode n)
    {
        w.WriteStartObject();
        w.WriteString("label", n.Label);
        w.WriteString("text", n.Text);
        w.WriteStartArray("children");
        foreach (var c in n.Children) WriteNode(w, c);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
