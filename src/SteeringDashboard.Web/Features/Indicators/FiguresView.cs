using System.Globalization;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Features.Indicators;

/// <summary>One indicator's line: a figure per month of the period (null when no unit reported it) and the line's total, as the reader may see them.</summary>
public sealed record FiguresViewRow(FigureIndicator Indicator, IReadOnlyList<DisclosedFigure?> Months, DisclosedFigure Total)
{
    public bool HasHiddenFigures => Total.IsHidden || Months.Any(m => m is { IsHidden: true });
}

/// <summary>
/// A figures table as one reader may see it: one row per indicator with figures, one column per month of the filter's
/// period, and the total. The screen and the exported file are both drawn from it, so they cannot differ.
/// </summary>
public sealed record FiguresView(FigureFilter Filter, IReadOnlyList<int> Months, IReadOnlyList<FiguresViewRow> Rows)
{
    public bool HasHiddenFigures => Rows.Any(r => r.HasHiddenFigures);

    /// <summary>
    /// Applies the victim-figure rules of <see cref="FigureDisclosure"/> to each month's sum and to the row's total: each is
    /// shown only when none of the figures it adds up is hidden from the reader (one unit's hidden figure shows as "&lt; N").
    /// </summary>
    public static FiguresView Build(FigureTableData data, FigureDisclosure disclosure)
    {
        var filter = data.Filter;
        var months = Enumerable.Range(filter.FromMonth, filter.ToMonth - filter.FromMonth + 1).ToList();
        var totals = data.Totals.ToDictionary(t => (t.IndicatorId, t.Month), t => t.Total);
        var rows = data.Indicators.Select(indicator =>
        {
            var cells = months
                .Select(month => totals.TryGetValue((indicator.Id, month), out var total) ? disclosure.Disclose(indicator.IsSensitive, total) : (DisclosedFigure?)null)
                .ToList();
            var sum = months.Aggregate(FigureSum.None, (sum, month) => totals.TryGetValue((indicator.Id, month), out var total) ? sum.Plus(total) : sum);
            return new FiguresViewRow(indicator, cells, disclosure.Disclose(indicator.IsSensitive, sum));
        }).ToList();
        return new FiguresView(filter, months, rows);
    }

    /// <summary>A month's column heading, MM/yyyy.</summary>
    public string MonthHeading(int month) => new DateOnly(Filter.Year, month, 1).ToString("MM/yyyy", CultureInfo.InvariantCulture);
}
