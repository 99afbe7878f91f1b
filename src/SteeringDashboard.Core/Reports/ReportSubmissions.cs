namespace SteeringDashboard.Core.Reports;

/// <summary>A report's figure for one indicator, as a unit submits it.</summary>
public sealed record ReportFigure(int IndicatorId, int Value);

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
    IReadOnlyList<ReportFigure> Figures);

/// <summary>One row of a report's history, oldest first.</summary>
public sealed record UnitReportEvent(
    long Id, DateTime ChangedAtUtc, string ChangedBy, UnitReportChange Change, string? Summary, string? Figures, string? Reason);

/// <summary>How a submission ended.</summary>
public abstract record SubmitOutcome
{
    private SubmitOutcome()
    {
    }

    /// <summary>Stored: a first submission, a resubmission after a return, or a correction.</summary>
    public sealed record Submitted(UnitReportSnapshot Report, UnitReportChange Change) : SubmitOutcome;

    /// <summary>Nothing was stored; each error names a rule the submission broke.</summary>
    public sealed record Invalid(IReadOnlyList<ReportError> Errors) : SubmitOutcome;

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
