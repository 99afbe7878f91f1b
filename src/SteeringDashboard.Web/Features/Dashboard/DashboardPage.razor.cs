using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Dashboard;

/// <summary>The committee's dashboard: KPIs, headline figures and charts for the selection in the query string.</summary>
public partial class DashboardPage
{
    /// <summary>
    /// The dashboard's figures, the charts built from them, and the headline figures as the reader may see them with their
    /// change versus the same months of the previous year (null where there is none to show).
    /// </summary>
    public sealed record DashboardView(
        DashboardData Dashboard, DashboardCharts Charts, IReadOnlyList<DisclosedFigure> Headlines, IReadOnlyList<SamePeriodChange?> HeadlineChanges)
    {
        /// <summary>The headline figures and their same-period changes as <paramref name="disclosure"/>'s reader may see them.</summary>
        public static (IReadOnlyList<DisclosedFigure> Headlines, IReadOnlyList<SamePeriodChange?> Changes) DiscloseHeadlines(
            DashboardData data, FigureDisclosure disclosure)
        {
            var headlines = data.Headlines.Select(h => disclosure.Disclose(h.IsSensitive, h.Value)).ToList();
            var changes = data.Headlines.Zip(headlines)
                .Select(pair => pair.First.PreviousValue is { } previous
                    ? SamePeriodChange.Of(pair.Second, disclosure.Disclose(pair.First.IsSensitive, previous), data.Figures.PreviousYear)
                    : null)
                .ToList();
            return (headlines, changes);
        }
    }

    [Inject]
    private DashboardResults Results { get; set; } = default!;

    [Inject]
    private SharedDashboardCharts SharedCharts { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ReaderPrivacy Privacy { get; set; } = default!;

    private FigureTexts FigureTexts => Privacy.Texts;

    private DashboardCaptions Captions => Data!.Charts.Captions;

    /// <summary>Said once, in place of counts of zero, rates of nothing and empty charts.</summary>
    private string NoTasksText => Selection?.Programme is { } programme
        ? string.Format(CultureInfo.CurrentCulture, Text["NoTasksInProgramme"], Shared[$"ProgrammeCode.{programme}"], Captions.AsOf)
        : string.Format(CultureInfo.CurrentCulture, Text["NoTasksForFilters"], Captions.AsOf);

    private string HeadlinePeriod => string.Format(
        CultureInfo.CurrentCulture,
        Text["HeadlinesPeriod"],
        MonthText(Data!.Dashboard.Figures.Year, Data.Dashboard.Figures.FromMonth),
        MonthText(Data.Dashboard.Figures.Year, Data.Dashboard.Figures.ToMonth));

    protected override async Task<DashboardView?> LoadAsync(PlanSelection selection, CancellationToken cancellation)
    {
        // Shared by every open dashboard with this filter; only the reader's disclosure and the charts' language are this circuit's.
        if (await Results.GetAsync(selection.Filter, cancellation) is not { } data)
        {
            return null;
        }

        var (headlines, changes) = DashboardView.DiscloseHeadlines(data, await Privacy.ForReaderAsync());
        if (Data is { } shown && SameHeadlines(shown, data, headlines, changes))
        {
            // Kept as they were, so that the headline cards see the same objects and do not render again.
            (headlines, changes) = (shown.Headlines, shown.HeadlineChanges);
        }

        return new DashboardView(data, SharedCharts.For(data, Shared, Text), headlines, changes);
    }

    private static bool SameHeadlines(
        DashboardView shown, DashboardData data, IReadOnlyList<DisclosedFigure> headlines, IReadOnlyList<SamePeriodChange?> changes) =>
        shown.Headlines.SequenceEqual(headlines)
        && shown.HeadlineChanges.SequenceEqual(changes)
        && shown.Dashboard.Headlines.Select(h => (h.NameVi, h.NameEn, h.IsSensitive))
            .SequenceEqual(data.Headlines.Select(h => (h.NameVi, h.NameEn, h.IsSensitive)));

    private string UnitHref(UnitProgress unit) => $"/units/{Uri.EscapeDataString(unit.Code)}{Selection!.ToQueryString()}";

    private void OpenUnit(UnitProgress unit) => Navigation.NavigateTo(UnitHref(unit));

    private static string MonthText(int year, int month) =>
        new DateOnly(year, month, 1).ToString("MM/yyyy", CultureInfo.CurrentCulture);
}
