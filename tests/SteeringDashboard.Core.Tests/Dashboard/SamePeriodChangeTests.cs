using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.Dashboard;

/// <summary>
/// The comparison with the same period of the previous year, on the small plan plus hand-counted 2017 figures:
/// CASES 2017: U1 4 in May, 6 in June, 50 in July; U2 3 in June (2018: U1 10 in May, 5 in June, 100 in July; A1 2 in June);
/// ARRESTS: U1 4 in June 2018, 0 in June 2017; U1 7 in March 2018 (no March 2017).
/// </summary>
public sealed class SamePeriodChangeTests : IAsyncLifetime
{
    private static readonly DateOnly MidJuly = new(2018, 7, 15);
    private TestDatabase _database = null!;
    private int _planId;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _planId = await SmallPlanScenario.CreateAsync(_database);
        await using var db = _database.CreateDbContext();
        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, Token);
        var cases = await db.Indicators.Where(i => i.Code == "CASES").Select(i => i.Id).SingleAsync(Token);
        var arrests = db.Indicators.Add(new Indicator
        {
            Code = "ARRESTS", NameVi = "ARRESTS", NameEn = "ARRESTS", ProgrammeId = await db.Programmes.Select(p => p.Id).FirstAsync(Token),
            Group = IndicatorGroup.Enforcement, IsHeadline = true, SortOrder = 2,
        }).Entity;
        await db.SaveChangesAsync(Token);

        void Add(int indicatorId, string unit, int year, int month, int value) => db.IndicatorValues.Add(new IndicatorValue
        {
            IndicatorId = indicatorId, UnitId = units[unit], Year = year, Month = month, Value = value, Version = Guid.NewGuid(),
        });
        Add(cases, "U1", 2017, 5, 4);
        Add(cases, "U1", 2017, 6, 6);
        Add(cases, "U1", 2017, 7, 50);
        Add(cases, "U2", 2017, 6, 3);
        Add(arrests.Id, "U1", 2018, 6, 4);
        Add(arrests.Id, "U1", 2017, 6, 0);
        Add(arrests.Id, "U1", 2018, 3, 7);
        await db.SaveChangesAsync(Token);
        _database.ResetCommandCount();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<IndicatorTotal> HeadlineAsync(string code, DateOnly asOf, UnitKind? kind = null)
    {
        var data = await new DashboardQueries(_database, Options.Create(new PrivacyOptions())).LoadAsync(new PlanFilter(_planId, asOf, Kind: kind), Token);
        return data!.Headlines.Single(h => h.Code == code);
    }

    [Fact]
    public async Task MidMonthTheHeadlineComparesTheEndedMonthsWithTheSameMonthsOfThePreviousYear()
    {
        var cases = await HeadlineAsync("CASES", MidJuly);

        // January to June: 10 + 5 + 2 = 17 against 4 + 6 + 3 = 13; July 2017's 50 is not in the period yet.
        Assert.Equal((17L, 13L), (cases.Value.Value, cases.PreviousValue!.Value));
    }

    [Fact]
    public async Task MidYearOnlyTheMonthsEndedSoFarCount()
    {
        var cases = await HeadlineAsync("CASES", new DateOnly(2018, 5, 31));

        Assert.Equal((10L, 4L), (cases.Value.Value, cases.PreviousValue!.Value));
    }

    [Fact]
    public async Task TheKindFilterAppliesToThePreviousYearToo()
    {
        var rural = await HeadlineAsync("CASES", MidJuly, UnitKind.RuralDistrict);
        var agencies = await HeadlineAsync("CASES", MidJuly, UnitKind.MemberAgency);

        Assert.Equal((0L, 3L), (rural.Value.Value, rural.PreviousValue!.Value));
        Assert.Equal(2, agencies.Value.Value);
        Assert.Null(agencies.PreviousValue);
    }

    [Fact]
    public async Task APreviousYearOfZeroIsDataNotAbsence()
    {
        var arrests = await HeadlineAsync("ARRESTS", MidJuly);

        Assert.Equal((11L, 0L), (arrests.Value.Value, arrests.PreviousValue!.Value));
    }

    [Fact]
    public async Task TheDashboardStillTakesFourQueries()
    {
        await new DashboardQueries(_database, Options.Create(new PrivacyOptions())).LoadAsync(new PlanFilter(_planId, MidJuly), Token);

        Assert.Equal(4, _database.CommandCount);
    }

    [Fact]
    public async Task TheUnitsMonthlyFiguresCarryTheSameMonthOfThePreviousYearInTheSameFiveQueries()
    {
        var detail = await new UnitQueries(_database).LoadAsync(_planId, "U1", MidJuly, Token);

        Assert.Equal(5, _database.CommandCount);
        var figures = detail!.MonthlyFigures.Select(f => (f.Code, f.Month, f.Value, f.PreviousValue)).ToList();
        Assert.Equal(
            [("CASES", 5, 10, 4), ("CASES", 6, 5, 6), ("ARRESTS", 3, 7, null), ("ARRESTS", 6, 4, 0)],
            figures.OrderBy(f => f.Code == "ARRESTS").ThenBy(f => f.Month));
    }

    [Theory]
    [InlineData(17, 13, ChangeDirection.Up, 4)]
    [InlineData(5, 6, ChangeDirection.Down, -1)]
    [InlineData(6, 6, ChangeDirection.Unchanged, 0)]
    public void DirectionAndDifferenceFollowTheFigures(long current, long previous, ChangeDirection direction, long difference)
    {
        var change = SamePeriodChange.Of(DisclosedFigure.Exact(current), DisclosedFigure.Exact(previous), 2017)!;

        Assert.Equal((direction, difference, 2017), (change.Direction, change.Difference, change.PreviousYear));
        Assert.Equal((double)difference / previous, change.Ratio!.Value, 6);
    }

    [Fact]
    public void FromZeroThereIsNoRatioOnlyTheDifference()
    {
        var change = SamePeriodChange.Of(DisclosedFigure.Exact(11), DisclosedFigure.Exact(0), 2017)!;

        Assert.Null(change.Ratio);
        Assert.Equal((ChangeDirection.Up, 11L), (change.Direction, change.Difference));
    }

    [Fact]
    public void NoChangeWithoutAPreviousFigureOrWhenEitherFigureIsHidden()
    {
        Assert.Null(SamePeriodChange.Of(DisclosedFigure.Exact(3), previous: null, 2017));
        Assert.Null(SamePeriodChange.Of(DisclosedFigure.BelowThreshold, DisclosedFigure.Exact(12), 2017));
        Assert.Null(SamePeriodChange.Of(DisclosedFigure.Exact(12), DisclosedFigure.BelowThreshold, 2017));
        Assert.Null(SamePeriodChange.Of(DisclosedFigure.Withheld, DisclosedFigure.Exact(12), 2017));
        Assert.Null(SamePeriodChange.Of(DisclosedFigure.Exact(12), DisclosedFigure.Withheld, 2017));
    }
}
