using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace SteeringDashboard.Web.Components.Shared;

/// <summary>
/// Renders its content again only when <see cref="Value"/>, everything the content is drawn from, differs (by
/// <see cref="object.Equals(object?, object?)"/>) from the value it was last rendered with. A live screen re-renders on
/// every change it hears of; with hundreds of circuits open, the parts of the page the change did not alter (the filter
/// bar, the headline figures, a chart whose data is the same) then cost nothing per circuit: no component under them
/// renders, and their circuits' render batches leave them out. Components inside still render themselves on their own
/// events (a chart card switching to its table).
/// </summary>
public sealed class RenderWhenChanged : ComponentBase
{
    private object? _renderedValue;
    private bool _changed;

    /// <summary>
    /// What the content is drawn from, as a value: a record, a tuple of them, or an object shared as long as it does not
    /// change. Anything the content shows that is not in it is not refreshed.
    /// </summary>
    [Parameter, EditorRequired]
    public object? Value { get; set; }

    [Parameter, EditorRequired]
    public RenderFragment? ChildContent { get; set; }

    protected override void OnParametersSet() => _changed = !Equals(Value, _renderedValue);

    protected override bool ShouldRender() => _changed;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        _renderedValue = Value;
        _changed = false;
        builder.AddContent(0, ChildContent);
    }
}
