using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>How a report's figures read for the signed-in person: indicator names in their language, small victim figures hidden unless they may see them.</summary>
public sealed class ReportFigureDisplay(IReadOnlyList<ReportIndicator> indicators, int unitId, FigureDisclosure disclosure, FigureTexts texts)
{
    public FigureTexts Texts { get; } = texts;

    public string NameOf(int indicatorId) =>
        indicators.FirstOrDefault(i => i.Id == indicatorId) is { } indicator ? Bilingual.Pick(indicator.NameVi, indicator.NameEn) : "#" + indicatorId;

    /// <summary>The figure as the reader may see it (an indicator the report no longer carries counts as sensitive).</summary>
    public DisclosedFigure Disclose(int indicatorId, int value) =>
        disclosure.Disclose(indicators.FirstOrDefault(i => i.Id == indicatorId)?.IsSensitive ?? true, unitId, value);
}
