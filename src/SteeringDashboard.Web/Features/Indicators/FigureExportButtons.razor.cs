using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Indicators;

namespace SteeringDashboard.Web.Features.Indicators;

/// <summary>
/// Download links for a figures table as CSV and XLSX. The server builds the file for the filter and the signed-in reader, so
/// it holds what the figures page shows for that filter (hidden victim figures included as hidden) and names the filter.
/// </summary>
public sealed partial class FigureExportButtons
{
    /// <summary>The figures the file should hold.</summary>
    [Parameter, EditorRequired]
    public FigureFilter Filter { get; set; } = default!;
}
