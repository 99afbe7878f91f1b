namespace SteeringDashboard.Core.Assignments;

/// <summary>
/// Where an assignment stands against its due date at an as-of date, derived from its recorded state (the committee's
/// "review status" on screen and in reports).
/// </summary>
public enum DeadlineStatus
{
    CompletedOnTime = 1,
    CompletedLate = 2,
    InProgressWithinDeadline = 3,
    Overdue = 4,
}

public static class DeadlineStatusRules
{
    /// <summary>
    /// Completed: on time when completed on or before the due date, else late.
    /// Not completed: within deadline while the as-of date is on or before the due date, else overdue.
    /// </summary>
    public static DeadlineStatus Derive(AssignmentState state, DateOnly? completedOn, DateOnly dueDate, DateOnly asOf)
    {
        if (state == AssignmentState.Completed)
        {
            return completedOn is { } done && done <= dueDate ? DeadlineStatus.CompletedOnTime : DeadlineStatus.CompletedLate;
        }

        return asOf <= dueDate ? DeadlineStatus.InProgressWithinDeadline : DeadlineStatus.Overdue;
    }
}
