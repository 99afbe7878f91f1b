using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Indicators;

/// <summary>On the small plan (U1's CASES: 10 in May, 5 in June, 100 in July 2018), with Ha Noi's clock at 10/08/2018.</summary>
public sealed class IndicatorEntryServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private IndicatorEntryService _service = null!;
    private int _cases;
    private int _u1;
    private int _u2;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await SmallPlanScenario.CreateAsync(_database);
        await using var db = _database.CreateDbContext();
        _cases = await db.Indicators.Select(i => i.Id).SingleAsync(Token);
        _u1 = await _database.UnitIdAsync("U1");
        _u2 = await _database.UnitIdAsync("U2");
        var clock = new FixedClock(new DateTimeOffset(2018, 8, 10, 3, 0, 0, TimeSpan.Zero));
        var guard = _database.Guard(clock);
        _service = new IndicatorEntryService(_database, guard, new ChangeNotifier(NullLogger<ChangeNotifier>.Instance), clock, TestMeterFactory.UnobservedConflicts());
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SavesANewMonthAndReturnsItsVersion()
    {
        var caller = await CallerAsync(SteeringRole.UnitReporter, _u2);

        var outcome = await _service.SaveAsync(new FigureEntry(_cases, _u2, 2018, 8, 7, null), caller, Token);

        var saved = Assert.IsType<FigureEntryOutcome.Saved>(outcome);
        Assert.Equal(7, await StoredAsync(_u2, 8));
        Assert.NotEqual(Guid.Empty, saved.Figure.Version);
        Assert.Equal("Test UnitReporter", saved.Figure.UpdatedBy);
    }

    [Fact]
    public async Task AReporterIsRefusedAnotherUnitsFigureAndNothingIsSaved()
    {
        var caller = await CallerAsync(SteeringRole.UnitReporter, _u1);

        var outcome = await _service.SaveAsync(new FigureEntry(_cases, _u2, 2018, 8, 7, null), caller, Token);

        Assert.IsType<FigureEntryOutcome.Forbidden>(outcome);
        Assert.Null(await StoredAsync(_u2, 8));
    }

    [Fact]
    public async Task AFormIsSavedAllOrNothingWhileAnOutlierAwaitsConfirmationTheOtherValueIsHeld()
    {
        var caller = await CallerAsync(SteeringRole.StandingAgency, null);
        FigureEntry[] form = [new(_cases, _u2, 2018, 8, 7, null), new(_cases, _u1, 2018, 8, 301, null)];

        var held = await _service.SaveAllAsync(form, caller, Token);

        Assert.IsType<FigureEntryOutcome.Held>(held[0]);
        Assert.IsType<FigureEntryOutcome.NeedsConfirmation>(held[1]);
        Assert.Null(await StoredAsync(_u2, 8));
        Assert.Null(await StoredAsync(_u1, 8));

        var saved = await _service.SaveAllAsync([form[0], form[1] with { Confirmed = true }], caller, Token);

        Assert.All(saved, o => Assert.IsType<FigureEntryOutcome.Saved>(o));
        Assert.Equal((7, 301), (await StoredAsync(_u2, 8), await StoredAsync(_u1, 8)));
    }

    [Theory]
    [InlineData(2018, 8, -1, FigureError.Negative)]
    [InlineData(2018, 13, 1, FigureError.MonthOutOfRange)]
    [InlineData(2018, 0, 1, FigureError.MonthOutOfRange)]
    [InlineData(2018, 9, 1, FigureError.FutureMonth)]
    [InlineData(2019, 1, 1, FigureError.FutureMonth)]
    public async Task RefusesAnInvalidEntryWithItsCode(int year, int month, int value, FigureError expected)
    {
        var caller = await CallerAsync(SteeringRole.StandingAgency, null);

        var outcome = await _service.SaveAsync(new FigureEntry(_cases, _u2, year, month, value, null), caller, Token);

        Assert.Equal([expected], Assert.IsType<FigureEntryOutcome.Invalid>(outcome).Errors);
    }

    [Fact]
    public async Task RefusesAnUnknownIndicator()
    {
        var caller = await CallerAsync(SteeringRole.StandingAgency, null);

        var outcome = await _service.SaveAsync(new FigureEntry(_cases + 99, _u2, 2018, 8, 1, null), caller, Token);

        Assert.Equal([FigureError.UnknownIndicator], Assert.IsType<FigureEntryOutcome.Invalid>(outcome).Errors);
    }

    [Fact]
    public async Task AnOutlierNeedsConfirmationAndIsSavedOnceConfirmed()
    {
        var caller = await CallerAsync(SteeringRole.UnitReporter, _u1);

        var refused = await _service.SaveAsync(new FigureEntry(_cases, _u1, 2018, 8, 301, null), caller, Token);
        var confirmed = await _service.SaveAsync(new FigureEntry(_cases, _u1, 2018, 8, 301, null, Confirmed: true), caller, Token);

        Assert.Equal(100, Assert.IsType<FigureEntryOutcome.NeedsConfirmation>(refused).PreviousMax);
        Assert.IsType<FigureEntryOutcome.Saved>(confirmed);
        Assert.Equal(301, await StoredAsync(_u1, 8));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(0)]
    public async Task UpToThreeTimesTheLargestOfTheLastTwelveMonthsIsNoOutlier(int value)
    {
        var caller = await CallerAsync(SteeringRole.UnitReporter, _u1);

        var outcome = await _service.SaveAsync(new FigureEntry(_cases, _u1, 2018, 8, value, null), caller, Token);

        Assert.IsType<FigureEntryOutcome.Saved>(outcome);
    }

    [Theory]
    [InlineData(2, 12, true)]
    [InlineData(2, 11, false)]
    [InlineData(0, 4, false)]
    [InlineData(0, 10, true)]
    [InlineData(null, 5000, false)]
    public void AnOutlierIsMoreThanThreeTimesAndAtLeastTenAboveThePreviousMax(int? previousMax, int value, bool outlier) =>
        Assert.Equal(outlier, FigureRules.IsOutlier(value, previousMax));

    [Fact]
    public async Task AUnitWithoutHistoryNeverNeedsConfirmation()
    {
        var caller = await CallerAsync(SteeringRole.UnitReporter, _u2);

        var outcome = await _service.SaveAsync(new FigureEntry(_cases, _u2, 2018, 8, 5000, null), caller, Token);

        Assert.IsType<FigureEntryOutcome.Saved>(outcome);
    }

    [Fact]
    public async Task ASaveFromAnOutdatedVersionIsAConflictAndChangesNothing()
    {
        var caller = await CallerAsync(SteeringRole.UnitReporter, _u1);

        var outcome = await _service.SaveAsync(new FigureEntry(_cases, _u1, 2018, 7, 90, Guid.NewGuid()), caller, Token);
        var unaware = await _service.SaveAsync(new FigureEntry(_cases, _u1, 2018, 7, 90, null), caller, Token);

        Assert.Equal(100, Assert.IsType<FigureEntryOutcome.Conflict>(outcome).Current?.Value);
        Assert.IsType<FigureEntryOutcome.Conflict>(unaware);
        Assert.Equal(100, await StoredAsync(_u1, 7));
    }

    [Fact]
    public async Task ASaveFromTheCurrentVersionChangesTheValueAndTheSameValueChangesNothing()
    {
        var caller = await CallerAsync(SteeringRole.UnitReporter, _u1);
        var first = (FigureEntryOutcome.Saved)await _service.SaveAsync(new FigureEntry(_cases, _u1, 2018, 8, 50, null), caller, Token);

        var second = await _service.SaveAsync(new FigureEntry(_cases, _u1, 2018, 8, 60, first.Figure.Version), caller, Token);
        var version = Assert.IsType<FigureEntryOutcome.Saved>(second).Figure.Version;
        var third = await _service.SaveAsync(new FigureEntry(_cases, _u1, 2018, 8, 60, version), caller, Token);

        Assert.Equal(version, Assert.IsType<FigureEntryOutcome.Unchanged>(third).Figure.Version);
        Assert.Equal(60, await StoredAsync(_u1, 8));
    }

    [Fact]
    public async Task EveryWriteKeepsWhoWhenAndTheOldAndNewValueInAnAppendOnlyHistory()
    {
        var caller = await CallerAsync(SteeringRole.StandingAgency, null);
        var first = Assert.IsType<FigureEntryOutcome.Saved>(await _service.SaveAsync(new FigureEntry(_cases, _u1, 2018, 8, 50, null), caller, Token));
        await _service.SaveAsync(new FigureEntry(_cases, _u1, 2018, 8, 60, first.Figure.Version), caller, Token);
        await _service.SaveAsync(new FigureEntry(_cases, _u1, 2018, 8, 70, first.Figure.Version), caller, Token);

        await using var db = _database.CreateDbContext();
        var history = await db.IndicatorValueChanges.OrderBy(c => c.Id).ToListAsync(Token);
        Assert.Equal(
            [(null, 50, "Test StandingAgency", caller.UserId, FigureChangeSource.Entry), (50, 60, "Test StandingAgency", caller.UserId, FigureChangeSource.Entry)],
            history.Select(c => ((int?)c.OldValue, c.NewValue, c.ChangedBy, c.UserId, c.Source)));
        Assert.All(history, c => Assert.Equal((_u1, _cases, 2018, 8, new DateTime(2018, 8, 10, 3, 0, 0)), (c.UnitId, c.IndicatorId, c.Year, c.Month, c.ChangedAtUtc)));

        var update = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.IndicatorValueChanges.ExecuteUpdateAsync(s => s.SetProperty(c => c.NewValue, 1), Token));
        var delete = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.IndicatorValueChanges.ExecuteDeleteAsync(Token));
        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
    }

    private async Task<Caller> CallerAsync(SteeringRole role, int? unitId) =>
        new((await TestAccounts.CreateAsync(_database, role, unitId)).UserId, null);

    private async Task<int?> StoredAsync(int unitId, int month)
    {
        await using var db = _database.CreateDbContext();
        return await db.IndicatorValues.Where(v => v.UnitId == unitId && v.IndicatorId == _cases && v.Year == 2018 && v.Month == month)
            .Select(v => (int?)v.Value).SingleOrDefaultAsync(Token);
    }
}
