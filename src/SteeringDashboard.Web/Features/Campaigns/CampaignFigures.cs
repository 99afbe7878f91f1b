using System.Globalization;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Web.Components.Charts;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Campaigns;

/// <summary>One participant's row of the results table: its figure per target indicator, null where it reported none.</summary>
public sealed record CampaignUnitRow(UnitName Unit, IReadOnlyList<int?> Values);

/// <summary>A campaign's figures as its page shows them, in the current culture: the chart against targets and the per-unit table.</summary>
public sealed class CampaignFigures
{
    private CampaignFigures(IReadOnlyList<CampaignTargetProgress> targets, IReadOnlyList<CampaignUnitRow> units, IReadOnlyList<UnitName> notReporting, ChartSpec spec)
    {
        Targets = targets;
        Units = units;
        NotReporting = notReporting;
        TargetSpec = spec;
    }

    /// <summary>The target indicators, in the order of the table's columns and the chart's labels.</summary>
    public IReadOnlyList<CampaignTargetProgress> Targets { get; }

    /// <summary>Every participant by name (current collation).</summary>
    public IReadOnlyList<CampaignUnitRow> Units { get; }

    public IReadOnlyList<UnitName> NotReporting { get; }

    /// <summary>Reported total and target side by side for each indicator.</summary>
    public ChartSpec TargetSpec { get; }

    /// <param name="totalLabel">The series name of the reported totals.</param>
    /// <param name="targetLabel">The series name of the targets.</param>
    public static CampaignFigures Build(CampaignDetail detail, string totalLabel, string targetLabel)
    {
        var names = Bilingual.NameComparer;
        var targets = detail.Targets.OrderBy(t => t.IndicatorId).ToList();
        var figures = detail.Figures.ToDictionary(f => (f.UnitId, f.IndicatorId), f => f.Value);
        var units = detail.Participants
            .OrderBy(NameOf, names)
            .Select(u => new CampaignUnitRow(u, [.. targets.Select(t => figures.TryGetValue((u.Id, t.IndicatorId), out var value) ? value : (int?)null)]))
            .ToList();
        var spec = new ChartSpec
        {
            Labels = [.. targets.Select(t => Bilingual.Pick(t.NameVi, t.NameEn))],
            Datasets =
            [
                new ChartDataset(totalLabel, [.. targets.Select(t => (double)t.Total)], ChartPalette.Blue),
                new ChartDataset(targetLabel, [.. targets.Select(t => (double)t.Target)], ChartPalette.Orange),
            ],
            Horizontal = true,
        };
        return new CampaignFigures(targets, units, [.. detail.NotReporting.OrderBy(NameOf, names)], spec);
    }

    public static string NameOf(UnitName unit) => Bilingual.Pick(unit.NameVi, unit.NameEn);

    /// <summary>The reported total as a share of the target (e.g. 98,6% under vi-VN); a dash when there is no target.</summary>
    public static string ShareOfTarget(CampaignTargetProgress target) =>
        target.Target > 0 ? ((double)target.Total / target.Target).ToString("P1", CultureInfo.CurrentCulture) : "—";
}
