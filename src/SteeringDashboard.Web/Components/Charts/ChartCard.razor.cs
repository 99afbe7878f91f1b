using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace SteeringDashboard.Web.Components.Charts;

/// <summary>
/// A titled chart with its data table one click away: the table shows the same <see cref="ChartSpec"/>
/// as numbers, for readers who cannot see the chart and for anyone who wants the exact figures.
/// </summary>
public sealed partial class ChartCard : ComponentBase
{
    private bool _showTable;

    /// <summary>The card's heading.</summary>
    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    /// <summary>The heading level of the title (1 to 6), so the card fits the page's outline.</summary>
    [Parameter]
    public int HeadingLevel { get; set; } = 2;

    /// <summary>A note under the title, such as how a figure is computed ("Average progress = ...").</summary>
    [Parameter]
    public string? Description { get; set; }

    /// <summary>What the chart and the table show.</summary>
    [Parameter, EditorRequired]
    public ChartSpec Spec { get; set; } = default!;

    /// <summary>The chart's accessible name when it should differ from <see cref="Title"/>.</summary>
    [Parameter]
    public string? AccessibleName { get; set; }

    /// <summary>The header of the table's label column; "Category" when not set.</summary>
    [Parameter]
    public string? LabelHeader { get; set; }

    /// <summary>The CSS height of the chart.</summary>
    [Parameter]
    public string Height { get; set; } = "320px";

    /// <summary>
    /// A link for a label's row in the table, by label index (null for no link), so the table drills
    /// down to the same place as a click on the chart.
    /// </summary>
    [Parameter]
    public Func<int, string?>? RowHref { get; set; }

    /// <summary>Raised when the user clicks a bar or a point of the chart.</summary>
    [Parameter]
    public EventCallback<ChartPointClick> OnPointClick { get; set; }

    private string HeadingTag => $"h{HeadingLevel}";

    private RenderFragment Heading => builder =>
    {
        builder.OpenElement(0, HeadingTag);
        builder.AddAttribute(1, "class", "mud-typography mud-typography-h6");
        builder.AddContent(2, Title);
        builder.CloseElement();
    };

    // The button shows what a click brings: the table while the chart is shown, the chart while the table is.
    private MarkupString ToggleIcon => new(_showTable ? Icons.Material.Outlined.BarChart : Icons.Material.Outlined.TableChart);

    protected override void OnParametersSet()
    {
        ArgumentNullException.ThrowIfNull(Spec);
        ArgumentOutOfRangeException.ThrowIfLessThan(HeadingLevel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(HeadingLevel, 6);
    }

    private void ToggleTable() => _showTable = !_showTable;

    private string CellText(ChartDataset dataset, int row) =>
        row < dataset.Data.Count && dataset.Data[row] is { } value ? Spec.FormatValue(value) : "";

    private static bool IsLeftOut(ChartDataset dataset, int row) => row < dataset.Data.Count && dataset.Data[row] is null;
}
