using SteeringDashboard.Core.Reports;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>A figure a submission or correction changed: its value before (null: none) and after (null: left out).</summary>
public sealed record ReportFigureChange(int IndicatorId, int? Before, int? After);

/// <summary>One change of a report with what it changed compared with the version before it.</summary>
/// <param name="SummaryChanged">A first submission counts as a change of the summary.</param>
public sealed record ReportHistoryRow(UnitReportEvent Event, bool SummaryChanged, IReadOnlyList<ReportFigureChange> Figures)
{
    /// <summary>The history oldest first, each change compared with the last submitted or corrected version before it (a return changes no content).</summary>
    public static IReadOnlyList<ReportHistoryRow> Of(IReadOnlyList<UnitReportEvent> history)
    {
        var rows = new List<ReportHistoryRow>();
        string? summary = null;
        IReadOnlyList<ReportFigure> figures = [];
        foreach (var change in history)
        {
            if (change.Change == UnitReportChange.Returned)
            {
                rows.Add(new ReportHistoryRow(change, false, []));
                continue;
            }

            var after = ReportFigureText.Parse(change.Figures);
            var changed = figures.Select(f => f.IndicatorId).Union(after.Select(f => f.IndicatorId)).Order()
                .Select(id => new ReportFigureChange(id, Value(figures, id), Value(after, id)))
                .Where(c => c.Before != c.After)
                .ToList();
            rows.Add(new ReportHistoryRow(change, change.Summary != summary, changed));
            summary = change.Summary;
            figures = after;
        }

        return rows;
    }

    /// <summary>The changes saved after the version <paramref name="since"/> (all of them when it is null or not in the history).</summary>
    public static IReadOnlyList<ReportHistoryRow> After(IReadOnlyList<ReportHistoryRow> rows, Guid? since)
    {
        var index = since is null ? -1 : rows.ToList().FindIndex(r => r.Event.Version == since);
        return rows.Skip(index + 1).ToList();
    }

    private static int? Value(IReadOnlyList<ReportFigure> figures, int indicatorId) =>
        figures.FirstOrDefault(f => f.IndicatorId == indicatorId)?.Value;
}
