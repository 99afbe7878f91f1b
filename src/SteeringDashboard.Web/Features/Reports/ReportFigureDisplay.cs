using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>
/// How a report's figures read for the signed-in person: indicator names in their language, and each figure disclosed as the
/// unit's monthly figures it adds up (hidden wherever one of them is hidden from the reader).
/// </summary>
public sealed class ReportFigureDisplay(ReportDetail detail, FigureDisclosure disclosure, FigureTexts texts)
{
    public FigureTexts Texts { get; } = texts;

    public string NameOf(int indicatorId) =>
        detail.Indicators.FirstOrDefault(i => i.Id == indicatorId) is { } indicator ? Bilingual.Pick(indicator.NameVi, indicator.NameEn) : "#" + indicatorId;

    /// <summary>The figure as the reader may see it (an indicator the report no longer carries counts as sensitive).</summary>
    public DisclosedFigure Disclose(int indicatorId, int value) =>
        disclosure.Disclose(detail.Indicators.FirstOrDefault(i => i.Id == indicatorId)?.IsSensitive ?? true, detail.FigureOf(indicatorId, value));
}
