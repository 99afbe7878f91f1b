namespace SteeringDashboard.Core.Reports;

/// <summary>
/// A file (PDF or image) attached to a unit's report, kept under the evidence folder with the same rules as evidence.
/// A removal keeps the row and the file: the history shows what each submission or correction added and removed.
/// </summary>
public sealed class UnitReportAttachment
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

    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }

    /// <summary>The file's name in the evidence folder (generated, never the uploaded name).</summary>
    public required string StoredName { get; set; }
}
