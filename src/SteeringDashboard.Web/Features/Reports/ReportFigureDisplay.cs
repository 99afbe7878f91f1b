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

    /// <summary>
    /// The unit's monthly figures of the report's months added up, where the unit has any and the reader may see the sum
    /// exactly: what the report's figure is, unless the unit knows better. Null otherwise.
    /// </summary>
    public int? MonthlyTotal(int indicatorId) =>
        detail.MonthlyFigures.TryGetValue(indicatorId, out var sum) && sum.Figures > 0
        && disclosure.Disclose(detail.Indicators.FirstOrDefault(i => i.Id == indicatorId)?.IsSensitive ?? true, sum) is { IsHidden: false, Value: { } value }
        && value <= int.MaxValue
            ? (int)value
            : null;

    /// <summary>The figure as the reader may see it (an indicator the report no longer carries counts as sensitive).</summary>
    public DisclosedFigure Disclose(int indicatorId, int value) =>
        disclosure.Disclose(detail.Indicators.FirstOrDefault(i => i.Id == indicatorId)?.IsSensitive ?? true, detail.FigureOf(indicatorId, value));
}
