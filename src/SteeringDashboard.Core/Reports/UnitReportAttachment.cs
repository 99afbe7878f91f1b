using SteeringDashboard.Core.Files;

namespace SteeringDashboard.Core.Reports;

/// <summary>
/// A file (PDF or image) attached to a unit's report, kept under the evidence folder with the same rules as evidence.
/// A removal keeps the row and the file: the history shows what each submission or correction added and removed.
/// </summary>
public sealed class UnitReportAttachment : StoredFileRecord
{
    public long Id { get; set; }
    public int UnitReportId { get; set; }
    public UnitReport? UnitReport { get; set; }

    /// <summary>The submission or correction that attached the file.</summary>
    public long AddedInHistoryId { get; set; }
    public UnitReportHistory? AddedIn { get; set; }

    /// <summary>The correction that removed the file; null while it is attached.</summary>
    public long? RemovedInHistoryId { get; set; }
    public UnitReportHistory? RemovedIn { get; set; }
}
