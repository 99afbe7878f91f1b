using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Features.Conference;

/// <summary>
/// A compiled review report (live or frozen) as one reader may see it: every figure (a unit's period, a city-wide total, the
/// previous year's) disclosed by <see cref="FigureDisclosure"/>, so shown only when none of the monthly figures it adds up is
/// hidden from the reader, with its same-period change only where both figures are shown.
/// </summary>
public sealed class ReviewDisplay
{
    private readonly Dictionary<string, DisclosedFigure> _totals = [];
    private readonly Dictionary<string, SamePeriodChange?> _changes = [];
    private readonly Dictionary<string, DisclosedFigure?> _previous = [];
    private readonly Dictionary<(int UnitId, string Code), DisclosedFigure> _unitFigures = [];

    private ReviewDisplay(ReviewContent content) => Content = content;

    public ReviewContent Content { get; }

    /// <summary>Whether any figure of the report is hidden from this reader (the screen then explains why).</summary>
    public bool HasHiddenFigures { get; private set; }

    public static ReviewDisplay Build(ReviewContent content, FigureDisclosure disclosure)
    {
        var display = new ReviewDisplay(content);
        var sensitive = content.UnitIndicators.ToDictionary(i => i.Code, i => i.IsSensitive);
        var hidden = false;
        foreach (var unit in content.Districts.Concat(content.Agencies))
        {
            foreach (var (code, value) in unit.Figures)
            {
                var figure = disclosure.Disclose(sensitive.GetValueOrDefault(code, true), value);
                display._unitFigures[(unit.UnitId, code)] = figure;
                hidden |= figure.IsHidden;
            }
        }

        foreach (var figure in content.Programmes.SelectMany(p => p.Figures))
        {
            var total = disclosure.Disclose(figure.IsSensitive, figure.Value);
            display._totals[figure.Code] = total;
            var previous = figure.PreviousValue is { } value ? disclosure.Disclose(figure.IsSensitive, value) : (DisclosedFigure?)null;
            display._previous[figure.Code] = previous;
            display._changes[figure.Code] = previous is null ? null : SamePeriodChange.Of(total, previous, content.Figures.PreviousYear);
            hidden |= total.IsHidden || previous is { IsHidden: true };
        }

        display.HasHiddenFigures = hidden;
        return display;
    }

    /// <summary>The city-wide total of a headline indicator as the reader may see it.</summary>
    public DisclosedFigure Total(ReviewFigure figure) => _totals[figure.Code];

    /// <summary>The city-wide total of the same months of the previous year as the reader may see it; null when there was none.</summary>
    public DisclosedFigure? Previous(ReviewFigure figure) => _previous[figure.Code];

    /// <summary>The change versus the same months of the previous year; null when there is none to show.</summary>
    public SamePeriodChange? Change(ReviewFigure figure) => _changes[figure.Code];

    /// <summary>A unit's figure of a headline indicator as the reader may see it; null when the unit reported none.</summary>
    public DisclosedFigure? UnitFigure(ReviewUnit unit, string code) =>
        _unitFigures.TryGetValue((unit.UnitId, code), out var figure) ? figure : null;
}
