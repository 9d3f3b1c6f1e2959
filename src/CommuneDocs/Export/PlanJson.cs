using CommuneDocs.Export.Contract;
using CommuneDocs.Model;

namespace CommuneDocs.Export;

/// <summary>Writes a <see cref="PlanDocument"/> as JSON in the contract of <c>plan.schema.json</c> (schema version 1).</summary>
public static class PlanJson
{
    /// <summary>The plan as an indented UTF-8 JSON string.</summary>
    public static string Serialize(PlanDocument plan) => ContractJson.Serialize(plan, PlanToContract.Map, ContractJsonContext.Default.PlanJsonDocument);

    /// <summary>Writes the plan as indented UTF-8 JSON to a stream.</summary>
    public static void Write(PlanDocument plan, Stream stream) =>
        ContractJson.Write(plan, stream, PlanToContract.Map, ContractJsonContext.Default.PlanJsonDocument);

    /// <summary>The contract's name of a format: "text", "docx", "pdf", "markdown" or "html".</summary>
    public static string FormatName(SourceFormat format) => SourceFormatConverter.Name(format);

    /// <summary>The contract's name of a kind: "plan", "decision", "report", "letter" or "other".</summary>
    public static string KindName(DocumentKind kind) => DocumentKindConverter.Name(kind);

    /// <summary>The contract's comparator symbol.</summary>
    public static string ComparatorSymbol(Comparator c) => ComparatorConverter.Symbol(c);
}
