using System.Globalization;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Features.Figures;

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
    /// Applies the victim-figure rules. A figure of one unit is shown as "&lt; N" when it is hidden from the reader; a sum over
    /// several units is withheld as soon as one of the values it adds up is hidden, and so is a row total with any hidden
    /// month, so that no hidden value can be worked out by subtracting the figures shown (from this or another filter).
    /// </summary>
    public static FiguresView Build(FigureTableData data, FigureDisclosure disclosure)
    {
        var filter = data.Filter;
        var months = Enumerable.Range(filter.FromMonth, filter.ToMonth - filter.FromMonth + 1).ToList();
        var oneUnit = filter.UnitCode is not null;
        var totals = data.Totals.ToDictionary(t => (t.IndicatorId, t.Month));
        var rows = data.Indicators.Select(indicator =>
        {
            var cells = months
                .Select(month => totals.TryGetValue((indicator.Id, month), out var total) ? Disclose(indicator, total, oneUnit, disclosure) : (DisclosedFigure?)null)
                .ToList();
            var sum = months.Sum(month => totals.TryGetValue((indicator.Id, month), out var total) ? total.Total : 0);
            var lineTotal = cells.Any(c => c is { IsHidden: true }) ? DisclosedFigure.Withheld : Visible(indicator, sum, oneUnit, disclosure);
            return new FiguresViewRow(indicator, cells, lineTotal);
        }).ToList();
        return new FiguresView(filter, months, rows);
    }

    private static DisclosedFigure Disclose(FigureIndicator indicator, FigureMonthTotal total, bool oneUnit, FigureDisclosure disclosure)
    {
        if (total.Hidden > 0)
        {
            return oneUnit ? DisclosedFigure.BelowThreshold : DisclosedFigure.Withheld;
        }

        return Visible(indicator, total.Total, oneUnit, disclosure);
    }

    /// <summary>
    /// A sum of values the reader sees exactly. One unit's sum reveals nothing more; a sum over several units is a figure of no
    /// single unit and follows <see cref="FigureDisclosure.Disclose"/> as the dashboard's city-wide figures do.
    /// </summary>
    private static DisclosedFigure Visible(FigureIndicator indicator, long sum, bool oneUnit, FigureDisclosure disclosure) =>
        oneUnit ? DisclosedFigure.Exact(sum) : disclosure.Disclose(indicator.IsSensitive, unitId: null, sum);

    /// <summary>A month's column heading, MM/yyyy.</summary>
    public string MonthHeading(int month) => new DateOnly(Filter.Year, month, 1).ToString("MM/yyyy", CultureInfo.InvariantCulture);
}
