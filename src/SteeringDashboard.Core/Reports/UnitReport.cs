using SteeringDashboard.Core.Indicators;

namespace SteeringDashboard.Core.Reports;

/// <summary>A unit's report of one report type: the latest text and figures, corrected in place, with every change in <see cref="History"/>.</summary>
public sealed class UnitReport
{
    public const int SummaryMaxLength = 4000;
    public const int ReturnReasonMaxLength = 1000;

    /// <summary>The most files a report may carry at once.</summary>
    public const int MaxAttachments = 10;

    public int Id { get; set; }
    public int ReportTypeId { get; set; }
    public ReportType? ReportType { get; set; }
    public int UnitId { get; set; }
    public required string Summary { get; set; }
    public UnitReportState State { get; set; }

    /// <summary>When the report now on file was received: the first submission, or the resubmission after a return; a correction keeps it.</summary>
    public DateTime SubmittedAtUtc { get; set; }
    public required string SubmittedBy { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Why the standing agency returned the report (only while it is returned).</summary>
    public string? ReturnReason { get; set; }
    public Guid Version { get; set; }

    public List<UnitReportFigure> Figures { get; set; } = [];
    public List<UnitReportHistory> History { get; set; } = [];

    /// <summary>Every file ever attached, the removed ones included (see <see cref="UnitReportAttachment.RemovedInHistoryId"/>).</summary>
    public List<UnitReportAttachment> Attachments { get; set; } = [];
}

public enum UnitReportState
{
    Submitted = 1,

    /// <summary>Sent back for correction; the unit owes a resubmission.</summary>
    Returned = 2,
}

/// <summary>A report's figure for one of its report type's indicators (a non-negative whole number).</summary>
public sealed class UnitReportFigure
{
    public long Id { get; set; }
    public int UnitReportId { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public int Value { get; set; }
}

/// <summary>One change of a unit's report; the matrix as of any date is read from these rows.</summary>
public sealed class UnitReportHistory
{
    public long Id { get; set; }
    public int UnitReportId { get; set; }
    public UnitReport? UnitReport { get; set; }
    public DateTime ChangedAtUtc { get; set; }
    public required string ChangedBy { get; set; }
    public UnitReportChange Change { get; set; }

    /// <summary>The summary as submitted or corrected (null for a return).</summary>
    public string? Summary { get; set; }

    /// <summary>The figures as submitted or corrected, "indicatorId=value" separated by ";" (null for a return).</summary>
    public string? Figures { get; set; }

    /// <summary>The return's reason (null otherwise).</summary>
    public string? Reason { get; set; }

    /// <summary>The report's version after this change.</summary>
    public Guid Version { get; set; }
}

public enum UnitReportChange
{
    /// <summary>First submission, or resubmission after a return: the report is received at this time.</summary>
    Submitted = 1,

    /// <summary>A submitted report corrected by its unit: received time unchanged.</summary>
    Corrected = 2,
    Returned = 3,
}
