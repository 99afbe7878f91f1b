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
    public static string Message(ReportError error, IStringLocalizer<ReportsText> text, string fileSize) => error switch
    {
        ReportError.SummaryRequired => text["ErrorSummaryRequired"],
        ReportError.SummaryTooLong => text["ErrorSummaryTooLong", Count(UnitReport.SummaryMaxLength)],
        ReportError.FigureNegative => text["ErrorFigureNegative"],
        ReportError.IndicatorNotInReport => text["ErrorIndicatorNotInReport"],
        ReportError.IndicatorRepeated => text["ErrorIndicatorRepeated"],
        ReportError.UnitDoesNotOweReport => text["ErrorUnitDoesNotOweReport"],
        ReportError.ReasonRequired => text["ErrorReasonRequired"],
        ReportError.ReasonTooLong => text["ErrorReasonTooLong", Count(UnitReport.ReturnReasonMaxLength)],
        ReportError.AlreadyReturned => text["ErrorAlreadyReturned"],
        ReportError.AttachmentTooLarge => text["ErrorAttachmentTooLarge", fileSize],
        ReportError.AttachmentTypeNotAllowed => text["ErrorAttachmentTypeNotAllowed"],
        ReportError.AttachmentEmpty => text["ErrorAttachmentEmpty"],
        ReportError.AttachmentNotOnReport => text["ErrorAttachmentNotOnReport"],
        ReportError.TooManyAttachments => text["ErrorTooManyAttachments", Count(UnitReport.MaxAttachments)],
        _ => text["ErrorUnknown"],
    };

    /// <summary>The messages of the errors that belong to <paramref name="field"/>, as one text; null when there are none.</summary>
    public static string? For(ReportField field, IEnumerable<ReportError> errors, IStringLocalizer<ReportsText> text, string fileSize)
    {
        var messages = errors.Where(e => FieldOf(e) == field).Distinct().Select(e => Message(e, text, fileSize)).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
