using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Features.Conferences.ConferenceReport;

/// <summary>
/// A compiled review report as it is shown: the live report with every figure (a unit's period, a city-wide total, the previous
/// year's) disclosed for the reader by <see cref="FigureDisclosure"/>, or a frozen version with the figures it stored for its
/// audience, the same for every reader; a same-period change only where both figures are shown.
/// </summary>
public sealed class ConferenceReportDisplay
{
    private readonly ConferenceReportFigures _figures;

    private ConferenceReportDisplay(ConferenceReportContent content, ConferenceReportFigures figures)
    {
        Content = content;
        _figures = figures;
        HasHiddenFigures = figures.HasHiddenFigures;
    }

    public ConferenceReportContent Content { get; }

    /// <summary>Whether any figure of the report is hidden (the screen then explains why).</summary>
    public bool HasHiddenFigures { get; }

    /// <summary>The live report as <paramref name="disclosure"/>'s reader may see it.</summary>
    public static ConferenceReportDisplay Build(ConferenceReportContent content, FigureDisclosure disclosure) =>
        new(content, ConferenceReportFigures.Disclose(content, disclosure));

    /// <summary>A frozen version as it was stored for its audience, whoever reads it.</summary>
    public static ConferenceReportDisplay Of(FrozenPack pack) => new(pack.Content, pack.Figures);

    /// <summary>The city-wide total of a headline indicator as shown.</summary>
    public DisclosedFigure Total(ConferenceReportFigure figure) => _figures.Totals[figure.Code];

    /// <summary>The city-wide total of the same months of the previous year as shown; null when there was none.</summary>
    public DisclosedFigure? Previous(ConferenceReportFigure figure) =>
        _figures.Previous.TryGetValue(figure.Code, out var previous) ? previous : null;

    /// <summary>The change versus the same months of the previous year; null when there is none to show.</summary>
    public SamePeriodChange? Change(ConferenceReportFigure figure) =>
        Previous(figure) is { } previous ? SamePeriodChange.Of(Total(figure), previous, Content.Figures.PreviousYear) : null;

    /// <summary>A unit's figure of a headline indicator as shown; null when the unit reported none.</summary>
    public DisclosedFigure? UnitFigure(ConferenceReportUnit unit, string code) =>
        _figures.Units.TryGetValue(unit.UnitId, out var figures) && figures.TryGetValue(code, out var figure) ? figure : null;
}
