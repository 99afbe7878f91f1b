using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Web.Features.Units;

/// <summary>One indicator's row: a value per month of the period (null when not reported) and their total.</summary>
public sealed record FigureRow(string Code, string NameVi, string NameEn, bool IsSensitive, IReadOnlyList<int?> Values, long Total);

/// <summary>The rows of one indicator group, in the indicators' sort order.</summary>
public sealed record FigureGroup(IndicatorGroup Group, IReadOnlyList<FigureRow> Rows)
{
    public bool IsSensitive => Rows.Any(r => r.IsSensitive);
}

/// <summary>A unit's monthly figures laid out as a table: one column per month of the period, rows grouped by indicator group.</summary>
public sealed record FigureTable(IReadOnlyList<DateOnly> Months, IReadOnlyList<FigureGroup> Groups)
{
    /// <summary>
    /// Lays out the values of the period. Groups and rows keep the order the values come in (the indicators' sort order);
    /// a month without a value stays empty rather than zero, so that "not reported" is not read as "none".
    /// </summary>
    public static FigureTable Build(FigurePeriod period, IEnumerable<IndicatorMonthValue> values)
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
                    .Select(indicator => RowOf(indicator.ToList(), months))
                    .ToList()))
            .ToList();

        return new FigureTable(months, groups);
    }

    private static FigureRow RowOf(IReadOnlyList<IndicatorMonthValue> values, IReadOnlyList<DateOnly> months)
    {
        var first = values[0];
        var cells = months
            .Select(month => values.FirstOrDefault(v => v.Month == month.Month)?.Value)
            .ToList();
        return new FigureRow(first.Code, first.NameVi, first.NameEn, first.IsSensitive, cells, values.Sum(v => (long)v.Value));
    }
}
