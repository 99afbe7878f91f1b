using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Tests.TestSupport;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.Units;

public sealed class UnitPageResultsTests : IAsyncLifetime
{
    private readonly ChangeNotifier _notifier = new(NullLogger<ChangeNotifier>.Instance);
    private TestDatabase _database = null!;
    private UnitPageResults _results = null!;
    private int _planId;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _planId = await SmallPlanScenario.CreateAsync(_database);
        _results = new UnitPageResults(_notifier, new UnitQueries(_database));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task AnotherUnitsChangeRecomputesThePageForItsRankButALaterChangeDoesNot()
    {
        var key = new UnitPageKey(_planId, "U1", SmallPlanScenario.June30);
        var first = await _results.GetAsync(key, Cancellation);
        var anotherUnitsChange = new DataChange(ChangeKind.Assignment, _planId, [-1], new DateTime(2018, 6, 20, 3, 0, 0, DateTimeKind.Utc), "tester");
        var laterChange = anotherUnitsChange with { AtUtc = new DateTime(2018, 7, 20, 3, 0, 0, DateTimeKind.Utc) };

        await _notifier.Publish(anotherUnitsChange);
        var second = await _results.GetAsync(key, Cancellation);
        await _notifier.Publish(laterChange);
        var third = await _results.GetAsync(key, Cancellation);

        Assert.NotSame(first, second);
        Assert.Same(second, third);
        Assert.Equal("U1", third!.Unit.Code);
    }

    [Fact]
    public async Task AnUnknownUnitIsAnsweredWithNothing()
    {
        Assert.Null(await _results.GetAsync(new UnitPageKey(_planId, "NOPE", SmallPlanScenario.June30), Cancellation));
    }
}
