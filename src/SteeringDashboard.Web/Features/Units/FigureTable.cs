using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Web.Features.Units;

/// <summary>
/// One indicator's row: a value per month of the period (null when not reported) and their total, as the reader may see them,
/// each with its change versus the same month(s) of the previous year (null where there is none to show).
/// </summary>
public sealed record FigureRow(
    string Code,
    string NameVi,
    string NameEn,
    bool IsSensitive,
    IReadOnlyList<DisclosedFigure?> Values,
    DisclosedFigure Total,
    IReadOnlyList<SamePeriodChange?> Changes,
    SamePeriodChange? TotalChange)
{
    public bool HasHiddenFigures => Total.IsHidden || Values.Any(v => v is { IsHidden: true });
}

/// <summary>The rows of one indicator group, in the indicators' sort order.</summary>
public sealed record FigureGroup(IndicatorGroup Group, IReadOnlyList<FigureRow> Rows)
{
    public bool IsSensitive => Rows.Any(r => r.IsSensitive);
}

/// <summary>A unit's monthly figures laid out as a table: one column per month of the period, rows grouped by indicator group.</summary>
public sealed record FigureTable(IReadOnlyList<DateOnly> Months, IReadOnlyList<FigureGroup> Groups)
{
    public bool HasHiddenFigures => Groups.Any(g => g.Rows.Any(r => r.HasHiddenFigures));

    /// <summary>
    /// Lays out the values of the period. Groups and rows keep the order the values come in (the indicators' sort order);
    /// a month without a value stays empty rather than zero, so that "not reported" is not read as "none". Victim figures
    /// are hidden as <paramref name="disclosure"/> says for the reader, and so is a total that would give one away.
    /// The total is compared with the previous year's values of the months reported this year, so like is compared with
    /// like; a change is shown only where both figures are, since the change and one figure would give the other away.
    /// </summary>
    public static FigureTable Build(FigurePeriod period, IEnumerable<IndicatorMonthValue> values, FigureDisclosure disclosure, int unitId)
    {
        var months = period.IsEmpty
            ? []
            : Enumerable.Range(period.FromMonth, period.ToMonth - period.FromMonth + 1)
                .Select(month => new DateOnly(period.Year, month, 1))
                .ToList();

        var groups = values
            .Where(v => v.Month >= period.FromMonth && v.Month <= period.ToMonth)
            .GroupBy(v => v.Group)
            .Select(group => new FigureGroup(
                group.Key,
                group.GroupBy(v => v.IndicatorId)
                    .Select(indicator => RowOf(indicator.ToList(), months, disclosure, unitId))
                    .ToList()))
            .ToList();

        return new FigureTable(months, groups);
    }

    private static FigureRow RowOf(IReadOnlyList<IndicatorMonthValue> values, IReadOnlyList<DateOnly> months, FigureDisclosure disclosure, int unitId)
    {
        var first = values[0];
        var cells = months
            .Select(month => ((int?)unitId, (long?)values.FirstOrDefault(v => v.Month == month.Month)?.Value))
            .ToList();
        var line = disclosure.DiscloseLine(first.IsSensitive, cells);

        var previousCells = months
            .Select(month => ((int?)unitId, (long?)values.FirstOrDefault(v => v.Month == month.Month)?.PreviousValue))
            .ToList();
        var previous = disclosure.DiscloseLine(first.IsSensitive, previousCells);
        var previousYear = months[0].Year - 1;
        var changes = line.Cells
            .Zip(previous.Cells, (now, before) => now is { } shown ? SamePeriodChange.Of(shown, before, previousYear) : null)
            .ToList();
        var totalChange = previousCells.Any(cell => cell.Item2 is not null)
            ? SamePeriodChange.Of(line.Total, previous.Total, previousYear)
            : null;
        return new FigureRow(first.Code, first.NameVi, first.NameEn, first.IsSensitive, line.Cells, line.Total, changes, totalChange);
    }
}
