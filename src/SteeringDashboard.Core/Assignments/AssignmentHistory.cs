using SteeringDashboard.Core.Files;

namespace SteeringDashboard.Core.Assignments;

/// <summary>One change of an assignment's recorded state; the state as of any date is read from these rows.</summary>
public sealed class AssignmentHistory
{
    public long Id { get; set; }
    public int AssignmentId { get; set; }
    public Assignment? Assignment { get; set; }
    public DateTime ChangedAtUtc { get; set; }
    public required string ChangedBy { get; set; }
    public AssignmentState? OldState { get; set; }
    public AssignmentState NewState { get; set; }
    public int? OldProgress { get; set; }
    public int NewProgress { get; set; }
    public DateOnly? OldCompletedOn { get; set; }
    public DateOnly? NewCompletedOn { get; set; }
    public string? Note { get; set; }

    /// <summary>A link to evidence of the work (http or https).</summary>
    public string? EvidenceUrl { get; set; }

    /// <summary>The assignment's concurrency version after this change: an editor's version names the last change it saw.</summary>
    public Guid Version { get; set; }

    public List<AssignmentEvidence> Evidence { get; set; } = [];
}

/// <summary>A file (PDF or image) attached to an assignment's change as evidence; stored under the data folder.</summary>
public sealed class AssignmentEvidence : StoredFileRecord
{
    public long Id { get; set; }
    public int AssignmentId { get; set; }
    public long HistoryId { get; set; }
    public DateTime UploadedAtUtc { get; set; }
    public required string UploadedBy { get; set; }
}
