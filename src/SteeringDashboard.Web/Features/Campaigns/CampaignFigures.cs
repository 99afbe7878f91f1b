using System.Globalization;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Charts;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Campaigns;

/// <summary>
/// One participant's row of the results table: its figure per target indicator as the reader may see it, null where it
/// reported none, and when it last changed any of them (null when it has reported nothing).
/// </summary>
public sealed record CampaignUnitRow(UnitName Unit, IReadOnlyList<DisclosedFigure?> Values, DateTime? LastReportedUtc);

/// <summary>
/// A campaign's figures as its page shows them to one reader, in the current culture: the chart against targets and the
/// per-unit table. Victim figures the reader may not see exactly are hidden, and so is a total that would give one away.
/// </summary>
public sealed class CampaignFigures
{
    private CampaignFigures(
        IReadOnlyList<CampaignTargetProgress> targets, IReadOnlyList<DisclosedFigure> totals, IReadOnlyList<CampaignUnitRow> units,
        IReadOnlyList<UnitName> notReporting, ChartSpec spec, ChartSpec progressSpec)
    {
        Targets = targets;
        Totals = totals;
        Units = units;
        NotReporting = notReporting;
        TargetSpec = spec;
        ProgressSpec = progressSpec;
    }

    /// <summary>The target indicators, in the order of the table's columns and the chart's labels. Their totals are exact: show <see cref="Totals"/>.</summary>
    public IReadOnlyList<CampaignTargetProgress> Targets { get; }

    /// <summary>The reported total of each target indicator as the reader may see it, in the order of <see cref="Targets"/>.</summary>
    public IReadOnlyList<DisclosedFigure> Totals { get; }

    /// <summary>Every participant by name (current collation).</summary>
    public IReadOnlyList<CampaignUnitRow> Units { get; }

    public IReadOnlyList<UnitName> NotReporting { get; }

    /// <summary>Reported total and target side by side for each indicator; a hidden total is left out (null).</summary>
    public ChartSpec TargetSpec { get; }

    /// <summary>Each indicator's reported total as a share of its target; left out (null) when the total is hidden or there is no target.</summary>
    public ChartSpec ProgressSpec { get; }

    public bool HasHiddenFigures => Totals.Any(t => t.IsHidden) || Units.Any(u => u.Values.Any(v => v is { IsHidden: true }));

    /// <param name="disclosure">Which victim figures the reader sees exactly.</param>
    /// <param name="texts">How hidden figures read, for the chart's table and tooltips.</param>
    /// <param name="totalLabel">The series name of the reported totals.</param>
    /// <param name="targetLabel">The series name of the targets.</param>
    /// <param name="progressLabel">The series name of the shares of target reached.</param>
    public static CampaignFigures Build(
        CampaignDetail detail, FigureDisclosure disclosure, FigureTexts texts, string totalLabel, string targetLabel, string progressLabel)
    {
        var names = Bilingual.NameComparer;
        var targets = detail.Targets.OrderBy(t => t.IndicatorId).ToList();
        var participants = detail.Participants.OrderBy(NameOf, names).ToList();
        var figures = detail.Figures.ToDictionary(f => (f.UnitId, f.IndicatorId), f => f.Value);

        // One line per indicator: the participants' figures in table order, then any of a unit no longer taking part,
        // so that the total is the sum of the line and is withheld when it would give away a hidden figure.
        var others = detail.Figures.Select(f => f.UnitId).Distinct().Where(id => participants.All(p => p.Id != id)).ToList();
        var lines = targets
            .Select(t => disclosure.DiscloseLine(
                t.IsSensitive,
                [
                    .. participants.Select(u => ((int?)u.Id, Value(figures, u.Id, t.IndicatorId))),
                    .. others.Select(id => ((int?)id, Value(figures, id, t.IndicatorId))),
                ]))
            .ToList();

        var lastReported = detail.Figures.GroupBy(f => f.UnitId).ToDictionary(g => g.Key, g => g.Max(f => f.UpdatedAtUtc));
        var units = participants
            .Select((u, row) => new CampaignUnitRow(
                u, [.. lines.Select(line => line.Cells[row])], lastReported.TryGetValue(u.Id, out var at) ? at : null))
            .ToList();
        var totals = lines.Select(line => line.Total).ToList();
        var spec = new ChartSpec
        {
            Labels = [.. targets.Select(t => Bilingual.Pick(t.NameVi, t.NameEn))],
            Datasets =
            [
                new ChartDataset(
                    totalLabel,
                    [.. totals.Select(t => (double?)t.Value)],
                    ChartPalette.Blue,
                    HiddenTexts: [.. totals.Select(t => t.IsHidden ? texts.Format(t) : null)]),
                new ChartDataset(targetLabel, [.. targets.Select(t => (double?)t.Target)], ChartPalette.Orange),
            ],
            Horizontal = true,
            HiddenNote = totals.Any(t => t.IsHidden) ? texts.Note : null,
        };
        var progress = new ChartSpec
        {
            Labels = spec.Labels,
            Datasets =
            [
                new ChartDataset(
                    progressLabel,
                    [.. targets.Zip(totals, (t, total) => total.Value is { } value && t.Target > 0 ? (double)value / t.Target : (double?)null)],
                    ChartPalette.Blue,
                    HiddenTexts: [.. targets.Zip(totals, (t, total) => total.IsHidden ? texts.Format(total) : t.Target > 0 ? null : "—")]),
            ],
            Horizontal = true,
            ValueFormat = ChartValueFormat.Percent,
            HiddenNote = spec.HiddenNote,
        };
        return new CampaignFigures(targets, totals, units, [.. detail.NotReporting.OrderBy(NameOf, names)], spec, progress);
    }

    public static string NameOf(UnitName unit) => Bilingual.Pick(unit.NameVi, unit.NameEn);

    /// <summary>
    /// The reported total as a share of the target (e.g. 98,6% under vi-VN); a dash when there is no target; null when the
    /// total is hidden, since the share would give it away.
    /// </summary>
    public static string? ShareOfTarget(CampaignTargetProgress target, DisclosedFigure total) =>
        total.Value is not { } value ? null
        : target.Target > 0 ? ((double)value / target.Target).ToString("P1", CultureInfo.CurrentCulture)
        : "—";

    private static long? Value(Dictionary<(int, int), int> figures, int unitId, int indicatorId) =>
        figures.TryGetValue((unitId, indicatorId), out var value) ? value : null;
}
