using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Web.Features.Units;

/// <summary>The unit's indicator figures by month over the months ended by the as-of date, grouped by indicator group.</summary>
public partial class UnitFigures
{
    private FigureTable _table = new([], []);

    /// <summary>The months whose figures count.</summary>
    [Parameter, EditorRequired]
    public FigurePeriod Period { get; set; } = default!;

    /// <summary>The unit's monthly values in the period, in the indicators' sort order.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<IndicatorMonthValue> Values { get; set; } = [];

    /// <summary>The as-of date that ends the period.</summary>
    [Parameter, EditorRequired]
    public DateOnly AsOf { get; set; }

    private string AsOfText => AsOf.ToString("d");

    /// <summary>The indicator column, one per month and the total.</summary>
    private int ColumnCount => _table.Months.Count + 2;

    protected override void OnParametersSet() => _table = FigureTable.Build(Period, Values);

    private string GroupName(IndicatorGroup group) => group switch
    {
        IndicatorGroup.Communication => L["Group.Communication"],
        IndicatorGroup.Enforcement => L["Group.Enforcement"],
        IndicatorGroup.Victims => L["Group.Victims"],
        IndicatorGroup.InternationalCooperation => L["Group.InternationalCooperation"],
        IndicatorGroup.DrugsAndCrime => L["Group.DrugsAndCrime"],
        _ => group.ToString(),
    };
}
