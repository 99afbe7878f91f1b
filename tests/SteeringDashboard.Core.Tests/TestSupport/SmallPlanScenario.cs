using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.TestSupport;

/// <summary>
/// A hand-counted plan: units U1 (urban), U2 (rural), A1 (agency), S (standing agency, no assignments);
/// task 1 due 15/06 (U1 completed 10/06, U2 completed 20/06, A1 at 40% since 01/06), task 2 due 15/07
/// (U1 never touched, U2 at 80% from 01/07), task 3 (drugs) due 30/06 completed by U1 at 23:30 on 30/06;
/// indicator CASES: U1 10 in May, 5 in June, 100 in July; A1 2 in June.
/// </summary>
public static class SmallPlanScenario
{
    public static readonly DateOnly June30 = new(2018, 6, 30);

    /// <summary>Creates the scenario and returns the plan's id.</summary>
    public static async Task<int> CreateAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var fixture = new PlanFixture(db);
        var urban = fixture.AddUnit("U1", UnitKind.UrbanDistrict);
        var rural = fixture.AddUnit("U2", UnitKind.RuralDistrict);
        var agency = fixture.AddUnit("A1", UnitKind.MemberAgency);
        fixture.AddUnit("S", UnitKind.StandingAgency);

        var t1 = fixture.AddTask(1, new DateOnly(2018, 6, 15));
        var t2 = fixture.AddTask(2, new DateOnly(2018, 7, 15));
        var t3 = fixture.AddTask(3, June30, fixture.Drugs);
        fixture.Assign(t1, urban, (new(2018, 6, 1), AssignmentState.InProgress, 50), (new(2018, 6, 10), AssignmentState.Completed, 100));
        fixture.Assign(t1, rural, (new(2018, 6, 1), AssignmentState.InProgress, 30), (new(2018, 6, 20), AssignmentState.Completed, 100));
        fixture.Assign(t1, agency, (new(2018, 6, 1), AssignmentState.InProgress, 40));
        fixture.Assign(t2, urban);
        fixture.Assign(t2, rural, (new(2018, 7, 1), AssignmentState.InProgress, 80));
        fixture.Assign(t3, urban, (June30, AssignmentState.Completed, 100));
        var cases = fixture.AddIndicator("CASES");
        await fixture.SaveAsync();

        fixture.AddValue(cases, urban, 5, 10);
        fixture.AddValue(cases, urban, 6, 5);
        fixture.AddValue(cases, urban, 7, 100);
        fixture.AddValue(cases, agency, 6, 2);
        await fixture.SaveAsync();
        database.ResetCommandCount();
        return fixture.Plan.Id;
    }
}
