using System.Globalization;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Components.Charts;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Dashboard;

/// <summary>
/// The dashboard's charts and the texts that name their as-of date, built from one load of <see cref="DashboardData"/> in
/// the current culture: once per shared answer and language (<see cref="SharedDashboardCharts"/>), not at every render of
/// every open dashboard.
/// </summary>
public sealed class DashboardCharts
{
    /// <summary>Bar colours by district kind; the status colours are in <see cref="ChartPalette"/>.</summary>
    public static readonly IReadOnlyDictionary<UnitKind, string> KindColours = new Dictionary<UnitKind, string>
    {
        [UnitKind.UrbanDistrict] = ChartPalette.Blue,
        [UnitKind.Town] = ChartPalette.ReddishPurple,
        [UnitKind.RuralDistrict] = ChartPalette.BluishGreen,
    };

    private static readonly DeadlineStatus[] Statuses =
        [DeadlineStatus.CompletedOnTime, DeadlineStatus.CompletedLate, DeadlineStatus.InProgressWithinDeadline, DeadlineStatus.Overdue];

    private DashboardCharts(
        IReadOnlyList<UnitProgress> districts, ChartSpec districtSpec,
        IReadOnlyList<UnitProgress> agencies, ChartSpec agencySpec,
        IReadOnlyList<UnitProgress> statusUnits, ChartSpec statusSpec,
        ChartSpec trendSpec, DashboardCaptions captions)
    {
        Districts = districts;
        DistrictSpec = districtSpec;
        Agencies = agencies;
        AgencySpec = agencySpec;
        StatusUnits = statusUnits;
        StatusSpec = statusSpec;
        TrendSpec = trendSpec;
        Captions = captions;
        DistrictHeight = HeightFor(districts.Count);
        AgencyHeight = HeightFor(agencies.Count);
        StatusHeight = HeightFor(statusUnits.Count);
    }

    /// <summary>District-level units in the chart's order: urban districts, the town, rural districts, each by name.</summary>
    public IReadOnlyList<UnitProgress> Districts { get; }
    public ChartSpec DistrictSpec { get; }

    public IReadOnlyList<UnitProgress> Agencies { get; }
    public ChartSpec AgencySpec { get; }

    /// <summary>Every unit with assignments, districts first, in the status chart's order.</summary>
    public IReadOnlyList<UnitProgress> StatusUnits { get; }
    public ChartSpec StatusSpec { get; }

    public ChartSpec TrendSpec { get; }

    public DashboardCaptions Captions { get; }

    /// <summary>The CSS heights of the horizontal charts, from their number of bars.</summary>
    public string DistrictHeight { get; }

    public string AgencyHeight { get; }

    public string StatusHeight { get; }

    public static DashboardCharts Build(DashboardData data, IStringLocalizer<SharedText> shared, IStringLocalizer<DashboardText> text)
    {
        var comparer = Bilingual.NameComparer;
        var districts = data.Units
            .Where(u => u.Kind.IsDistrictLevel())
            .OrderBy(u => u.Kind)
            .ThenBy(u => Bilingual.Pick(u.NameVi, u.NameEn), comparer)
            .ToList();
        var agencies = data.Units
            .Where(u => u.Kind.IsAgency())
            .OrderBy(u => Bilingual.Pick(u.NameVi, u.NameEn), comparer)
            .ToList();
        var statusUnits = districts.Concat(agencies).Where(u => u.Assignments > 0).ToList();

        string Label(UnitProgress unit) => unit.Kind.IsDistrictLevel()
            ? string.Format(CultureInfo.CurrentCulture, shared[$"DistrictLabel.{unit.Kind}"], Bilingual.Pick(unit.NameVi, unit.NameEn))
            : Bilingual.Pick(unit.NameVi, unit.NameEn);

        var statusSpec = new ChartSpec
        {
            Labels = statusUnits.Select(Label).ToList(),
            Datasets = Statuses
                .Select(status => new ChartDataset(
                    shared[$"{nameof(DeadlineStatus)}.{status}"],
                    statusUnits.Select(u => (double?)CountOf(u, status)).ToList(),
                    ChartPalette.ForStatus(status),
                    Stack: "status"))
                .ToList(),
            Horizontal = true,
            Stacked = true,
        };

        var trendSpec = new ChartSpec
        {
            Kind = ChartKind.Line,
            Labels = data.Trend.Select(p => p.Date.ToString("d", CultureInfo.CurrentCulture)).ToList(),
            Datasets =
            [
                new(text["TrendCompleted"], data.Trend.Select(p => (double?)Share(p.Completed, p.Assignments)).ToList(), ChartPalette.CompletedOnTime),
                new(text["TrendOverdue"], data.Trend.Select(p => (double?)Share(p.Overdue, p.Assignments)).ToList(), ChartPalette.Overdue),
                new(text["TrendAverage"], data.Trend.Select(p => (double?)((p.AverageProgress ?? 0) / 100)).ToList(), ChartPalette.Blue),
            ],
            ValueFormat = ChartValueFormat.Percent,
            AxisMax = 1,
        };

        var series = text["AverageProgressSeries"];
        return new DashboardCharts(
            districts, ProgressSpec(districts, Label, series, districts.Select(d => KindColours[d.Kind]).ToList()),
            agencies, ProgressSpec(agencies, Label, series, pointColours: null),
            statusUnits, statusSpec,
            trendSpec, DashboardCaptions.Of(data, text));
    }

    /// <summary>The units' average progress as fractions (the chart shows them as percentages).</summary>
    private static ChartSpec ProgressSpec(
        IReadOnlyList<UnitProgress> units, Func<UnitProgress, string> label, string series, IReadOnlyList<string>? pointColours) => new()
    {
        Labels = units.Select(label).ToList(),
        Datasets = [new ChartDataset(series, units.Select(u => (double?)((u.AverageProgress ?? 0) / 100)).ToList(), ChartPalette.Blue, PointColours: pointColours)],
        Horizontal = true,
        ValueFormat = ChartValueFormat.Percent,
        AxisMax = 1,
    };

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static int CountOf(UnitProgress unit, DeadlineStatus status) => status switch
    {
        DeadlineStatus.CompletedOnTime => unit.CompletedOnTime,
        DeadlineStatus.CompletedLate => unit.CompletedLate,
        DeadlineStatus.InProgressWithinDeadline => unit.InProgressWithinDeadline,
        _ => unit.Overdue,
    };

    /// <summary>A chart height that gives each bar of a horizontal chart room for its label.</summary>
    private static string HeightFor(int bars) => $"{Math.Max(200, 60 + (bars * 22))}px";
}

/// <summary>The dashboard's texts that name its as-of date: the KPIs' heading and how each chart's figures are worked out.</summary>
public sealed record DashboardCaptions(string AsOf, string KpiHeading, string ProgressFormula, string StatusFormula, string TrendFormula)
{
    /// <summary>The captions of <paramref name="data"/> in the current culture.</summary>
    public static DashboardCaptions Of(DashboardData data, IStringLocalizer<DashboardText> text)
    {
        var culture = CultureInfo.CurrentCulture;
        var asOf = data.Filter.AsOf.ToString("d", culture);
        return new DashboardCaptions(
            asOf,
            string.Format(culture, text["KpiHeading"], asOf),
            string.Format(culture, text["ProgressFormula"], asOf),
            string.Format(culture, text["StatusFormula"], asOf),
            string.Format(culture, text["TrendFormula"], data.Plan.PeriodStart.ToString("d", culture), asOf));
    }
}
