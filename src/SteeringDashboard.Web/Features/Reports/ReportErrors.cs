using System.Globalization;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Reports;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>The part of the report form a <see cref="ReportError"/> is about, so its message is shown beside it.</summary>
public enum ReportField
{
    Form,
    Summary,
    Figures,
    Attachments,
    Reason,
}

/// <summary>The user's-language message for each rule a submission or a return can break, and where it is shown.</summary>
public static class ReportErrors
{
    public static ReportField FieldOf(ReportError error) => error switch
    {
        ReportError.SummaryRequired or ReportError.SummaryTooLong => ReportField.Summary,
        ReportError.FigureNegative or ReportError.IndicatorNotInReport or ReportError.IndicatorRepeated => ReportField.Figures,
        ReportError.AttachmentTooLarge or ReportError.AttachmentTypeNotAllowed or ReportError.AttachmentEmpty
            or ReportError.AttachmentNotOnReport or ReportError.TooManyAttachments => ReportField.Attachments,
        ReportError.ReasonRequired or ReportError.ReasonTooLong => ReportField.Reason,
        _ => ReportField.Form,
    };

    /// <param name="fileSize">The attachment size limit as the user reads it, named in the "too large" message.</param>
    public static string Message(ReportError error, IStringLocalizer<ReportsText> L, string fileSize) => error switch
    {
        ReportError.SummaryRequired => L["ErrorSummaryRequired"],
        ReportError.SummaryTooLong => L["ErrorSummaryTooLong", Count(UnitReport.SummaryMaxLength)],
        ReportError.FigureNegative => L["ErrorFigureNegative"],
        ReportError.IndicatorNotInReport => L["ErrorIndicatorNotInReport"],
        ReportError.IndicatorRepeated => L["ErrorIndicatorRepeated"],
        ReportError.UnitDoesNotOweReport => L["ErrorUnitDoesNotOweReport"],
        ReportError.ReasonRequired => L["ErrorReasonRequired"],
        ReportError.ReasonTooLong => L["ErrorReasonTooLong", Count(UnitReport.ReturnReasonMaxLength)],
        ReportError.AlreadyReturned => L["ErrorAlreadyReturned"],
        ReportError.AttachmentTooLarge => L["ErrorAttachmentTooLarge", fileSize],
        ReportError.AttachmentTypeNotAllowed => L["ErrorAttachmentTypeNotAllowed"],
        ReportError.AttachmentEmpty => L["ErrorAttachmentEmpty"],
        ReportError.AttachmentNotOnReport => L["ErrorAttachmentNotOnReport"],
        ReportError.TooManyAttachments => L["ErrorTooManyAttachments", Count(UnitReport.MaxAttachments)],
        _ => L["ErrorUnknown"],
    };

    /// <summary>The messages of the errors that belong to <paramref name="field"/>, as one text; null when there are none.</summary>
    public static string? For(ReportField field, IEnumerable<ReportError> errors, IStringLocalizer<ReportsText> L, string fileSize)
    {
        var messages = errors.Where(e => FieldOf(e) == field).Distinct().Select(e => Message(e, L, fileSize)).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
