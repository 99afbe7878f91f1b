using SteeringDashboard.Core.Assignments;

namespace SteeringDashboard.Core.Tests.Assignments;

public sealed class DeadlineStatusRulesTests
{
    private static readonly DateOnly Due = new(2018, 6, 30);

    [Fact]
    public void InProgressWithinDeadlineWhenDueToday() =>
        Assert.Equal(DeadlineStatus.InProgressWithinDeadline, DeadlineStatusRules.Derive(AssignmentState.InProgress, null, Due, asOf: Due));

    [Fact]
    public void OverdueWhenNotCompletedOneDayAfterDueDate() =>
        Assert.Equal(DeadlineStatus.Overdue, DeadlineStatusRules.Derive(AssignmentState.InProgress, null, Due, asOf: Due.AddDays(1)));

    [Fact]
    public void NotStartedCountsAsOverdueAfterDueDate() =>
        Assert.Equal(DeadlineStatus.Overdue, DeadlineStatusRules.Derive(AssignmentState.NotStarted, null, Due, asOf: Due.AddDays(1)));

    [Fact]
    public void CompletedOnTheDueDateIsOnTime() =>
        Assert.Equal(DeadlineStatus.CompletedOnTime, DeadlineStatusRules.Derive(AssignmentState.Completed, Due, Due, asOf: Due.AddDays(30)));

    [Fact]
    public void CompletedOneDayLateIsLate() =>
        Assert.Equal(DeadlineStatus.CompletedLate, DeadlineStatusRules.Derive(AssignmentState.Completed, Due.AddDays(1), Due, asOf: Due.AddDays(1)));

    [Fact]
    public void CompletedEarlyStaysOnTimeBeforeTheDueDate() =>
        Assert.Equal(DeadlineStatus.CompletedOnTime, DeadlineStatusRules.Derive(AssignmentState.Completed, Due.AddDays(-10), Due, asOf: Due.AddDays(-5)));
}
