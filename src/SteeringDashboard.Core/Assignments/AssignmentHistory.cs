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
}
