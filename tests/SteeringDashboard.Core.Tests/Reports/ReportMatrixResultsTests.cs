using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Reports;

public sealed class ReportMatrixResultsTests : IAsyncLifetime
{
    private readonly ChangeNotifier _notifier = new(NullLogger<ChangeNotifier>.Instance);
    private TestDatabase _database = null!;
    private ReportMatrixResults _results = null!;
    private int _planId;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _planId = await SmallPlanScenario.CreateAsync(_database);
        _results = new ReportMatrixResults(_notifier, new ReportMatrixQueries(_database));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task OnlyAReportChangeOfThePlanOnOrBeforeTheDateRecomputesTheMatrix()
    {
        var key = new ReportMatrixKey(_planId, SmallPlanScenario.June30, Kind: null);
        var during = new DateTime(2018, 6, 20, 3, 0, 0, DateTimeKind.Utc);
        var first = await _results.GetAsync(key, Cancellation);

        await _notifier.Publish(new DataChange(ChangeKind.Assignment, _planId, [], during, "tester"));
        await _notifier.Publish(new DataChange(ChangeKind.Report, _planId, [], new DateTime(2018, 7, 1, 3, 0, 0, DateTimeKind.Utc), "tester"));
        var second = await _results.GetAsync(key, Cancellation);
        await _notifier.Publish(new DataChange(ChangeKind.Report, _planId, [], during, "tester"));
        var third = await _results.GetAsync(key, Cancellation);

        Assert.Same(first, second);
        Assert.NotSame(second, third);
    }
}
