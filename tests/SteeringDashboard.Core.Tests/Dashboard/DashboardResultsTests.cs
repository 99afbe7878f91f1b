using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Dashboard;

public sealed class DashboardResultsTests : IAsyncLifetime
{
    private static readonly DateOnly June30 = SmallPlanScenario.June30;
    private readonly ChangeNotifier _notifier = new(NullLogger<ChangeNotifier>.Instance);
    private TestDatabase _database = null!;
    private DashboardQueries _queries = null!;
    private DashboardResults _results = null!;
    private int _planId;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _planId = await SmallPlanScenario.CreateAsync(_database);
        _queries = new DashboardQueries(_database, Options.Create(new PrivacyOptions()));
        _results = new DashboardResults(_notifier, _queries);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task TwentyDashboardsLoadingOneFilterAtOnceRunTheQueriesOfOneLoadAndShareItsAnswer()
    {
        var filter = new PlanFilter(_planId, June30);
        // The queries of one first load, by queries of their own (the shared ones would then know the trend's past points).
        await new DashboardQueries(_database, Options.Create(new PrivacyOptions())).LoadAsync(filter, Cancellation);
        var oneLoad = _database.CommandCount;
        _database.ResetCommandCount();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => _results.GetAsync(filter, Cancellation), Cancellation)));

        Assert.Equal(oneLoad, _database.CommandCount);
        Assert.All(answers, answer => Assert.Same(answers[0], answer));
    }

    [Theory]
    [InlineData(ChangeKind.Assignment, 0, "2018-06-30T16:59:59Z", true)]
    [InlineData(ChangeKind.Assignment, 0, "2018-06-30T17:00:00Z", false)]
    [InlineData(ChangeKind.Assignment, 0, "2026-05-04T03:00:00Z", false)]
    [InlineData(ChangeKind.Assignment, 1, "2018-06-01T03:00:00Z", false)]
    [InlineData(ChangeKind.IndicatorFigures, -1, "2026-05-04T03:00:00Z", true)]
    [InlineData(ChangeKind.Report, 0, "2018-06-01T03:00:00Z", false)]
    [InlineData(ChangeKind.Conference, 0, "2018-06-01T03:00:00Z", false)]
    public async Task AChangeRecomputesADashboardAsOf30JuneOnlyWhenItCanAlterIt(ChangeKind kind, int planOffset, string atUtc, bool recomputed)
    {
        var filter = new PlanFilter(_planId, June30);
        var before = await _results.GetAsync(filter, Cancellation);
        var planId = planOffset < 0 ? 0 : _planId + planOffset;

        await _notifier.Publish(new DataChange(kind, planId, [], DateTime.Parse(atUtc, null, System.Globalization.DateTimeStyles.AdjustToUniversal), "tester"));
        var after = await _results.GetAsync(filter, Cancellation);

        Assert.Equal(recomputed, !ReferenceEquals(before, after));
    }
}
