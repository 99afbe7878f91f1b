using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Assignments;

/// <summary>A plan task assigned to one unit, with its recorded state.</summary>
public sealed class Assignment
{
    public int Id { get; set; }
    public int PlanTaskId { get; set; }
    public PlanTask? PlanTask { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public DateOnly DueDate { get; set; }
    public AssignmentState State { get; set; }

    /// <summary>Progress in percent, 0..100.</summary>
    public int Progress { get; set; }
    public DateOnly? CompletedOn { get; set; }

    /// <summary>When the recorded state last changed (UTC).</summary>
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Optimistic concurrency token, changed on every save.</summary>
    public Guid Version { get; set; }

    public List<AssignmentHistory> History { get; set; } = [];
}

public enum AssignmentState
{
    NotStarted = 0,
    InProgress = 1,
    Completed = 2,
}
