using Microsoft.AspNetCore.Components;

namespace SteeringDashboard.Web.Features.Conferences.Pack;

/// <summary>
/// Download links for the conference pack's tables: the whole pack as an XLSX workbook (one sheet per table) and, in a
/// disclosure the keyboard opens like a button, one CSV link per table. The server builds the files for the signed-in reader
/// from the same version the print view shows, hidden victim figures included as hidden.
/// </summary>
public sealed partial class PackExportLinks
{
    /// <summary>The conference whose pack the files hold.</summary>
    [Parameter, EditorRequired]
    public int ConferenceId { get; set; }

    /// <summary>The frozen version the files hold; null for the pack as it prints (the latest frozen version, else the live report).</summary>
    [Parameter]
    public int? Version { get; set; }
}
