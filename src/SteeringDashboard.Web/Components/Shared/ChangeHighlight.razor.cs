using Microsoft.AspNetCore.Components;

namespace SteeringDashboard.Web.Components.Shared;

/// <summary>
/// A figure that is briefly highlighted when it differs from the value it showed before, as when a live refresh
/// brings someone's change. The first value is not highlighted: a page that just opened has nothing that changed.
/// </summary>
/// <remarks>
/// The highlight ends in the browser: each change renders a new element, whose CSS animation runs once and fades back.
/// Nothing is rendered on the server to remove it, so a change costs each open screen one render batch, not two (with
/// hundreds of dashboards open, removing it from the server rendered every one of them again three seconds later).
/// </remarks>
public sealed partial class ChangeHighlight
{
    private string? _shown;
    private int _changes;

    /// <summary>The figure, already formatted in the current culture.</summary>
    [Parameter, EditorRequired]
    public string Value { get; set; } = "";

    protected override void OnParametersSet()
    {
        if (_shown is not null && _shown != Value)
        {
            _changes++;
        }

        _shown = Value;
    }
}
