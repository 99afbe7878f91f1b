using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Plans;

public sealed class PlanDocumentQueriesTests : SmallPlanTests
{
    [Fact]
    public async Task RollsEachTaskUpAcrossItsUnitsInAFixedNumberOfQueries()
    {
        var document = await new PlanDocumentQueries(Database).LoadAsync(PlanId, SmallPlanScenario.June30, TestContext.Current.CancellationToken);

        Assert.Equal([1, 2, 3], document!.Tasks.Select(t => t.Number));
        var first = document.Tasks[0].Rollup;
        Assert.Equal((3, 1, 1, 0, 1), (first.Assignments, first.CompletedOnTime, first.CompletedLate, first.InProgressWithinDeadline, first.Overdue));
        Assert.Equal(80, first.AverageProgress!.Value, 6);
        var second = document.Tasks[1].Rollup;
        Assert.Equal((2, 2, 0.0), (second.Assignments, second.InProgressWithinDeadline, second.AverageProgress!.Value));
        Assert.True(Database.CommandCount <= 4);
    }

    [Fact]
    public async Task UnknownPlanGivesNull() =>
        Assert.Null(await new PlanDocumentQueries(Database).LoadAsync(999, SmallPlanScenario.June30, TestContext.Current.CancellationToken));
}
