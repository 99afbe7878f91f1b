using System.Globalization;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Dashboard;

/// <summary>The committee's dashboard: KPIs, headline figures and charts for the selection in the query string.</summary>
public partial class DashboardPage
{
    private IReadOnlyList<PlanSummary>? _plans;
    private ReviewSelection? _selection;
    private DashboardData? _data;
    private DashboardCharts? _charts;

    [Inject]
    private PlanQueries Plans { get; set; } = default!;

    [Inject]
    private DashboardQueries Queries { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = ReviewSelection.PlanKey)]
    public int? PlanId { get; set; }

    [SupplyParameterFromQuery(Name = ReviewSelection.AsOfKey)]
    public string? AsOf { get; set; }

    [SupplyParameterFromQuery(Name = ReviewSelection.ProgrammeKey)]
    public string? Programme { get; set; }

    [SupplyParameterFromQuery(Name = ReviewSelection.KindKey)]
    public string? Kind { get; set; }

    private string AsOfText => _selection!.AsOf.ToString("d", CultureInfo.CurrentCulture);

    private string ProgressFormula => string.Format(CultureInfo.CurrentCulture, L["ProgressFormula"], AsOfText);

    private string TrendDescription => string.Format(
        CultureInfo.CurrentCulture, L["TrendFormula"], _data!.Plan.PeriodStart.ToString("d", CultureInfo.CurrentCulture), AsOfText);

    private string HeadlinePeriod => string.Format(
        CultureInfo.CurrentCulture,
        L["HeadlinesPeriod"],
        MonthText(_data!.Figures.Year, _data.Figures.FromMonth),
        MonthText(_data.Figures.Year, _data.Figures.ToMonth));

    protected override async Task OnParametersSetAsync()
    {
        _plans ??= await Plans.ListAsync();
        _selection = ReviewSelection.Resolve(_plans, PlanId, AsOf, Programme, Kind);
        if (_selection is null)
        {
            return;
        }

        _data = await Queries.LoadAsync(_selection.Filter);
        _charts = _data is null ? null : DashboardCharts.Build(_data, S, L);
    }

    private string UnitHref(UnitProgress unit) => $"/units/{Uri.EscapeDataString(unit.Code)}{_selection!.ToQueryString()}";

    private void OpenUnit(UnitProgress unit) => Navigation.NavigateTo(UnitHref(unit));

    private static string MonthText(int year, int month) =>
        new DateOnly(year, month, 1).ToString("MM/yyyy", CultureInfo.CurrentCulture);
}
