using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Tests.TestSupport;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.Assignments;

public sealed class AssignmentQueriesTests : SmallPlanTests
{
    [Fact]
    public async Task ListsEveryAssignmentWithItsStateAndStatusAsOfTheDate()
    {
        var rows = await new AssignmentQueries(Database).ListAsync(
            new PlanFilter(PlanId, new DateOnly(2018, 6, 16)), TestContext.Current.CancellationToken);

        Assert.Equal(6, rows.Count);
        Assert.Equal(1, Database.CommandCount);
        var rural = rows.Single(r => r.TaskNumber == 1 && r.UnitCode == "U2");
        Assert.Equal((AssignmentState.InProgress, 30, (DateOnly?)null, DeadlineStatus.Overdue), (rural.State, rural.Progress, rural.CompletedOn, rural.Status));
        var urban = rows.Single(r => r.TaskNumber == 1 && r.UnitCode == "U1");
        Assert.Equal((AssignmentState.Completed, new DateOnly(2018, 6, 10), DeadlineStatus.CompletedOnTime), (urban.State, urban.CompletedOn, urban.Status));
        Assert.Equal(new DateOnly(2018, 6, 10), HanoiTime.DateOf(urban.LastChangedUtc!.Value));
        var untouched = rows.Single(r => r.TaskNumber == 2 && r.UnitCode == "U1");
        Assert.Equal((AssignmentState.NotStarted, 0, (DateTime?)null), (untouched.State, untouched.Progress, untouched.LastChangedUtc));
    }

    [Fact]
    public async Task FiltersByUnitKind()
    {
        var rows = await new AssignmentQueries(Database).ListAsync(
            new PlanFilter(PlanId, SmallPlanScenario.June30, Kind: UnitKind.RuralDistrict), TestContext.Current.CancellationToken);

        Assert.All(rows, r => Assert.Equal("U2", r.UnitCode));
        Assert.Equal(2, rows.Count);
    }
}
