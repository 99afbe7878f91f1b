using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace SteeringDashboard.Web.Features.Units;

/// <summary>One figure of the unit's summary: a label, a value and an optional line that explains it.</summary>
public partial class SummaryCard
{
    /// <summary>What the figure is, e.g. "Overdue".</summary>
    [Parameter, EditorRequired]
    public string Label { get; set; } = "";

    /// <summary>The figure, already formatted in the current culture.</summary>
    [Parameter, EditorRequired]
    public string Value { get; set; } = "";

    /// <summary>A line under the figure (a breakdown or a rank), if any.</summary>
    [Parameter]
    public string? Detail { get; set; }

    /// <summary>Emphasis for the figure; the label always says what it is, so colour is never the only signal.</summary>
    [Parameter]
    public Color ValueColor { get; set; } = Color.Default;
}
