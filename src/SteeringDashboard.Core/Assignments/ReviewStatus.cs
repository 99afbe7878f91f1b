namespace SteeringDashboard.Core.Assignments;

/// <summary>An assignment's status in a review, derived from its recorded state and due date at an as-of date.</summary>
public enum ReviewStatus
{
    CompletedOnTime = 1,
    CompletedLate = 2,
    InProgressWithinDeadline = 3,
    Overdue = 4,
}

public static class ReviewStatusRules
{
    /// <summary>
    /// Completed: on time when completed on or before the due date, else late.
    /// Not completed: within deadline while the as-of date is on or before the due date, else overdue.
    /// </summary>
    public static ReviewStatus Derive(AssignmentState state, DateOnly? completedOn, DateOnly dueDate, DateOnly asOf)
    {
        if (state == AssignmentState.Completed)
        {
            return completedOn is { } done && done <= dueDate ? ReviewStatus.CompletedOnTime : ReviewStatus.CompletedLate;
        }

        return asOf <= dueDate ? ReviewStatus.InProgressWithinDeadline : ReviewStatus.Overdue;
    }
}
