using SteeringDashboard.Core.Assignments;

namespace SteeringDashboard.Core.Tests.Assignments;

public sealed class ReviewStatusRulesTests
{
    private static readonly DateOnly Due = new(2018, 6, 30);

    [Fact]
    public void InProgressWithinDeadlineWhenDueToday() =>
        Assert.Equal(ReviewStatus.InProgressWithinDeadline, ReviewStatusRules.Derive(AssignmentState.InProgress, null, Due, asOf: Due));

    [Fact]
    public void OverdueWhenNotCompletedOneDayAfterDueDate() =>
        Assert.Equal(ReviewStatus.Overdue, ReviewStatusRules.Derive(AssignmentState.InProgress, null, Due, asOf: Due.AddDays(1)));

    [Fact]
    public void NotStartedCountsAsOverdueAfterDueDate() =>
        Assert.Equal(ReviewStatus.Overdue, ReviewStatusRules.Derive(AssignmentState.NotStarted, null, Due, asOf: Due.AddDays(1)));

    [Fact]
    public void CompletedOnTheDueDateIsOnTime() =>
        Assert.Equal(ReviewStatus.CompletedOnTime, ReviewStatusRules.Derive(AssignmentState.Completed, Due, Due, asOf: Due.AddDays(30)));

    [Fact]
    public void CompletedOneDayLateIsLate() =>
        Assert.Equal(ReviewStatus.CompletedLate, ReviewStatusRules.Derive(AssignmentState.Completed, Due.AddDays(1), Due, asOf: Due.AddDays(1)));

    [Fact]
    public void CompletedEarlyStaysOnTimeBeforeTheDueDate() =>
        Assert.Equal(ReviewStatus.CompletedOnTime, ReviewStatusRules.Derive(AssignmentState.Completed, Due.AddDays(-10), Due, asOf: Due.AddDays(-5)));
}
