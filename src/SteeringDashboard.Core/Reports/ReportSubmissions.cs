using System.Globalization;
using SteeringDashboard.Core.Files;

namespace SteeringDashboard.Core.Reports;

/// <summary>A report's figure for one indicator, as a unit submits it.</summary>
public sealed record ReportFigure(int IndicatorId, int Value);

/// <summary>The figures as the history stores them: "indicatorId=value" separated by ";".</summary>
public static class ReportFigureText
{
    public static string Format(IEnumerable<ReportFigure> figures) =>
        string.Join(';', figures.OrderBy(f => f.IndicatorId).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.IndicatorId}={f.Value}")));

    /// <summary>The figures of a history row (empty for a return).</summary>
    public static IReadOnlyList<ReportFigure> Parse(string? text) =>
        string.IsNullOrEmpty(text)
            ? []
            : text.Split(';').Select(pair => pair.Split('='))
                .Select(parts => new ReportFigure(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture)))
                .ToList();
}

/// <summary>A file attached to a report.</summary>
public sealed record ReportAttachmentInfo(long Id, string FileName, string ContentType, long SizeBytes);

/// <summary>The files a submission or correction attaches and the attached files it removes (by id).</summary>
public sealed record ReportAttachmentChanges(IReadOnlyList<FileUpload> Add, IReadOnlyList<long> Remove)
{
    public static readonly ReportAttachmentChanges None = new([], []);
}

/// <summary>A file a submission could not attach, and why.</summary>
public sealed record AttachmentError(string FileName, ReportError Error);

/// <summary>A rule a submission or a return broke.</summary>
public enum ReportError
{
    SummaryRequired = 1,
    SummaryTooLong,
    FigureNegative,
    IndicatorNotInReport,
    IndicatorRepeated,
    UnitDoesNotOweReport,
    ReasonRequired,
    ReasonTooLong,

    /// <summary>Only a submitted report can be returned.</summary>
    AlreadyReturned,

    AttachmentTooLarge,
    AttachmentTypeNotAllowed,
    AttachmentEmpty,

    /// <summary>A removal names a file the report does not carry (now).</summary>
    AttachmentNotOnReport,

    /// <summary>More than <see cref="UnitReport.MaxAttachments"/> files would be attached.</summary>
    TooManyAttachments,
}

/// <summary>A unit's report as it stands now.</summary>
/// <param name="IsLate">Received after its due date ended in Ha Noi (see <see cref="ReportDeadline"/>).</param>
public sealed record UnitReportSnapshot(
    int UnitReportId,
    int ReportTypeId,
    int UnitId,
    UnitReportState State,
    string Summary,
    DateTime SubmittedAtUtc,
    string SubmittedBy,
    bool IsLate,
    string? ReturnReason,
    Guid Version,
    IReadOnlyList<ReportFigure> Figures,
    IReadOnlyList<ReportAttachmentInfo> Attachments);

/// <summary>One row of a report's history, oldest first, with the files it attached and removed.</summary>
/// <param name="Version">The report's version after this change.</param>
public sealed record UnitReportEvent(
    long Id,
    DateTime ChangedAtUtc,
    string ChangedBy,
    UnitReportChange Change,
    string? Summary,
    string? Figures,
    string? Reason,
    Guid Version,
    IReadOnlyList<ReportAttachmentInfo> AttachmentsAdded,
    IReadOnlyList<ReportAttachmentInfo> AttachmentsRemoved);

/// <summary>How a submission ended.</summary>
public abstract record SubmitOutcome
{
    private SubmitOutcome()
    {
    }

    /// <summary>Stored: a first submission, a resubmission after a return, or a correction.</summary>
    public sealed record Submitted(UnitReportSnapshot Report, UnitReportChange Change) : SubmitOutcome;

    /// <summary>Nothing was stored (no file either); each error names a rule the submission broke, and <paramref name="Files"/> the files refused.</summary>
    public sealed record Invalid(IReadOnlyList<ReportError> Errors, IReadOnlyList<AttachmentError>? Files = null) : SubmitOutcome;

    /// <summary>The report changed since the submitter loaded it (or was submitted by someone else first): nothing was stored.</summary>
    public sealed record Conflict(UnitReportSnapshot? Current) : SubmitOutcome;

    /// <summary>No such report type or unit.</summary>
    public sealed record NotFound : SubmitOutcome;

    /// <summary>The caller may not submit this unit's report (or the account is disabled): nothing was stored, and the refusal is audited.</summary>
    public sealed record Forbidden : SubmitOutcome;
}

/// <summary>How a return for correction ended.</summary>
public abstract record ReturnOutcome
{
    private ReturnOutcome()
    {
    }

    public sealed record Returned(UnitReportSnapshot Report) : ReturnOutcome;

    public sealed record Invalid(IReadOnlyList<ReportError> Errors) : ReturnOutcome;

    /// <summary>The report changed since the reviewer loaded it: nothing was stored.</summary>
    public sealed record Conflict(UnitReportSnapshot Current) : ReturnOutcome;

    public sealed record NotFound : ReturnOutcome;

    /// <summary>The caller may not return reports (or the account is disabled): nothing was stored, and the refusal is audited.</summary>
    public sealed record Forbidden : ReturnOutcome;
}

/// <summary>When a report counts as late.</summary>
public static class ReportDeadline
{
    /// <summary>Late when received at or after the end of the due date in Ha Noi (23:59:59 on the due date is on time).</summary>
    public static bool IsLate(DateTime receivedAtUtc, DateOnly dueDate) => receivedAtUtc >= HanoiTime.EndOfDayUtc(dueDate);
}
