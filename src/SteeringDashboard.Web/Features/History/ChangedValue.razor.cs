using Microsoft.AspNetCore.Components;

namespace SteeringDashboard.Web.Features.History;

/// <summary>A value before and after a change ("40% → 60%"; screen readers hear "changed to"), or the value alone when it did not change.</summary>
public partial class ChangedValue
{
    /// <summary>The value before the change; null when there was none (the first record).</summary>
    [Parameter]
    public string? Old { get; set; }

    /// <summary>The value after the change.</summary>
    [Parameter, EditorRequired]
    public string New { get; set; } = "";
}
