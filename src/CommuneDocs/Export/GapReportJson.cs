using CommuneDocs.Comparison;
using CommuneDocs.Export.Contract;

namespace CommuneDocs.Export;

/// <summary>
/// Writes a <see cref="GapReport"/> as JSON in the contract of <c>gaps.schema.json</c> (schema version 1, with the
/// additions docs/comparison.md describes: <c>page</c>, <c>closest</c>, <c>weakerTargets</c>, <c>laterDeadlines</c>).
/// </summary>
public static class GapReportJson
{
    /// <summary>The report as an indented UTF-8 JSON string.</summary>
    public static string Serialize(GapReport report) =>
        ContractJson.Serialize(report, GapReportToContract.Map, ContractJsonContext.Default.GapReportJsonDocument);

    /// <summary>Writes the report as indented UTF-8 JSON to a stream.</summary>
    public static void Write(GapReport report, Stream stream) =>
        ContractJson.Write(report, stream, GapReportToContract.Map, ContractJsonContext.Default.GapReportJsonDocument);
}
