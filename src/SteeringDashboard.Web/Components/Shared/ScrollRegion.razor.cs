using Microsoft.AspNetCore.Components;

namespace SteeringDashboard.Web.Components.Shared;

/// <summary>A keyboard-focusable region that scrolls a wide table sideways, named by the table's caption.</summary>
public sealed partial class ScrollRegion : ComponentBase
{
    /// <summary>The id of the element that names the region, usually the caption of the table inside.</summary>
    [Parameter, EditorRequired]
    public string LabelledBy { get; set; } = "";

    [Parameter, EditorRequired]
    public RenderFragment? ChildContent { get; set; }
}
