using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
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
        _results = new DashboardResults(_notifier, _queries, new HeadlineFigureResults(_notifier, _queries));
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

    [Fact]
    public async Task ASavedTaskRecomputesTheDashboardWithTheHeadlineFiguresItHadAndAFigureChangeReadsThemAgain()
    {
        var filter = new PlanFilter(_planId, June30);
        var before = (await _results.GetAsync(filter, Cancellation))!;
        var casesBefore = before.Headlines.Single().Value.Value;

        // A figure written without announcing it: only a figure change may make the dashboard read the figures again.
        await using (var db = _database.CreateDbContext())
        {
            var june = await db.IndicatorValues.SingleAsync(v => v.Month == 6 && v.Value == 5, Cancellation);
            june.Value += 1000;
            await db.SaveChangesAsync(Cancellation);
        }

        await _notifier.Publish(new DataChange(ChangeKind.Assignment, _planId, [], new DateTime(2018, 6, 30, 3, 0, 0, DateTimeKind.Utc), "tester"));
        var afterTask = (await _results.GetAsync(filter, Cancellation))!;

        Assert.NotSame(before, afterTask);
        Assert.Same(before.Headlines, afterTask.Headlines);
        Assert.Equal(casesBefore, afterTask.Headlines.Single().Value.Value);

        await _notifier.Publish(new DataChange(ChangeKind.IndicatorFigures, 0, [], DateTime.UtcNow, "tester"));
        var afterFigures = (await _results.GetAsync(filter, Cancellation))!;

        Assert.Equal(casesBefore + 1000, afterFigures.Headlines.Single().Value.Value);
    }

    [Fact]
    public async Task DashboardsAsOfDatesThatCountTheSameMonthsShareOneReadingOfTheHeadlineFigures()
    {
        var mid = (await _results.GetAsync(new PlanFilter(_planId, new DateOnly(2018, 7, 15)), Cancellation))!;
        _database.ResetCommandCount();
        var late = (await _results.GetAsync(new PlanFilter(_planId, new DateOnly(2018, 7, 20)), Cancellation))!;
        var commandsWithoutFigures = _database.CommandCount;
        _database.ResetCommandCount();
        var nextMonth = (await _results.GetAsync(new PlanFilter(_planId, new DateOnly(2018, 8, 1)), Cancellation))!;

        Assert.Equal(mid.Figures, late.Figures);
        Assert.Same(mid.Headlines, late.Headlines);
        Assert.NotEqual(mid.Figures, nextMonth.Figures);
        Assert.NotSame(mid.Headlines, nextMonth.Headlines);
        Assert.Equal(commandsWithoutFigures + 1, _database.CommandCount);
    }
}
