using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Assignments;

public sealed class AssignmentListResultsTests : IAsyncLifetime
{
    private readonly ChangeNotifier _notifier = new(NullLogger<ChangeNotifier>.Instance);
    private TestDatabase _database = null!;
    private AssignmentListResults _results = null!;
    private int _planId;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _planId = await SmallPlanScenario.CreateAsync(_database);
        _results = new AssignmentListResults(_notifier, new AssignmentQueries(_database));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task OnlyAnAssignmentChangeOfThePlanRecomputesTheList()
    {
        var filter = new PlanFilter(_planId, SmallPlanScenario.June30);
        var at = new DateTime(2018, 6, 20, 3, 0, 0, DateTimeKind.Utc);
        var first = await _results.GetAsync(filter, Cancellation);

        await _notifier.Publish(new DataChange(ChangeKind.IndicatorFigures, 0, [], at, "tester"));
        await _notifier.Publish(new DataChange(ChangeKind.Report, _planId, [], at, "tester"));
        var second = await _results.GetAsync(filter, Cancellation);
        await _notifier.Publish(new DataChange(ChangeKind.Assignment, _planId, [], at, "tester"));
        var third = await _results.GetAsync(filter, Cancellation);

        Assert.Same(first, second);
        Assert.NotSame(second, third);
        Assert.Equal(6, third!.Count);
    }
}
