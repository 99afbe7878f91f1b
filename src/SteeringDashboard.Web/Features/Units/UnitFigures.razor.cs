using System.Globalization;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Components.Privacy;

namespace SteeringDashboard.Web.Features.Units;

/// <summary>The unit's indicator figures by month over the months ended by the as-of date, grouped by indicator group.</summary>
public partial class UnitFigures
{
    private FigureTable _table = new([], []);
    private FigureTexts _texts = default!;

    [Inject]
    private ReaderPrivacy Privacy { get; set; } = default!;

    /// <summary>The unit the figures belong to, which decides whether the reader sees small victim figures exactly.</summary>
    [Parameter, EditorRequired]
    public int UnitId { get; set; }

    /// <summary>The unit's code, which the export link names.</summary>
    [Parameter, EditorRequired]
    public string UnitCode { get; set; } = "";

    /// <summary>The months whose figures count.</summary>
    [Parameter, EditorRequired]
    public FigurePeriod Period { get; set; } = default!;

    /// <summary>The unit's monthly values in the period, in the indicators' sort order.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<IndicatorMonthValue> Values { get; set; } = [];

    /// <summary>The as-of date that ends the period.</summary>
    [Parameter, EditorRequired]
    public DateOnly AsOf { get; set; }

    private string AsOfText => AsOf.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>
    /// The figures page's filter for exactly this table: the unit, the period's year and its months. The export holds the figures
    /// and totals; the changes versus the same period of the previous year are not part of it.
    /// </summary>
    private FigureFilter ExportFilter => new(Period.Year, Period.FromMonth, Period.ToMonth, UnitCode: UnitCode);

    /// <summary>The indicator column, one per month and the total.</summary>
    private int ColumnCount => _table.Months.Count + 2;

    protected override async Task OnParametersSetAsync()
    {
        _texts = Privacy.Texts;
        _table = FigureTable.Build(Period, Values, await Privacy.ForReaderAsync(), UnitId);
    }

    private string GroupName(IndicatorGroup group) => group switch
    {
        IndicatorGroup.Communication => Text["Group.Communication"],
        IndicatorGroup.Enforcement => Text["Group.Enforcement"],
        IndicatorGroup.Victims => Text["Group.Victims"],
        IndicatorGroup.InternationalCooperation => Text["Group.InternationalCooperation"],
        IndicatorGroup.DrugsAndCrime => Text["Group.DrugsAndCrime"],
        _ => group.ToString(),
    };
}
