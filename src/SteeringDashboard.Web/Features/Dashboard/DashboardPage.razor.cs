using System.Globalization;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Dashboard;

/// <summary>The committee's dashboard: KPIs, headline figures and charts for the selection in the query string.</summary>
public partial class DashboardPage
{
    /// <summary>The dashboard's figures and the charts built from them.</summary>
    public sealed record DashboardView(DashboardData Dashboard, DashboardCharts Charts);

    [Inject]
    private DashboardQueries Queries { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string AsOfText => Selection!.AsOf.ToString("d", CultureInfo.CurrentCulture);

    private string ProgressFormula => string.Format(CultureInfo.CurrentCulture, L["ProgressFormula"], AsOfText);

    private string TrendDescription => string.Format(
        CultureInfo.CurrentCulture, L["TrendFormula"], Data!.Dashboard.Plan.PeriodStart.ToString("d", CultureInfo.CurrentCulture), AsOfText);

    private string HeadlinePeriod => string.Format(
        CultureInfo.CurrentCulture,
        L["HeadlinesPeriod"],
        MonthText(Data!.Dashboard.Figures.Year, Data.Dashboard.Figures.FromMonth),
        MonthText(Data.Dashboard.Figures.Year, Data.Dashboard.Figures.ToMonth));

    protected override async Task<DashboardView?> LoadAsync(ReviewSelection selection, CancellationToken cancellation) =>
        await Queries.LoadAsync(selection.Filter, cancellation) is { } data
            ? new DashboardView(data, DashboardCharts.Build(data, S, L))
            : null;

    private string UnitHref(UnitProgress unit) => $"/units/{Uri.EscapeDataString(unit.Code)}{Selection!.ToQueryString()}";

    private void OpenUnit(UnitProgress unit) => Navigation.NavigateTo(UnitHref(unit));

    private static string MonthText(int year, int month) =>
        new DateOnly(year, month, 1).ToString("MM/yyyy", CultureInfo.CurrentCulture);
}
