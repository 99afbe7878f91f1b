using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.Seed;

public sealed class Plan127SeedTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(seed: true, demoData: true, seedHere: true);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryIndicatorNamesTheUnitKindsItAppliesToAndEveryDemoFigureIsOfAnIndicatorOfItsUnitsKind()
    {
        await using var db = _database.CreateDbContext();

        Assert.False(await db.Indicators.AnyAsync(i => !i.UnitKinds.Any(), Token));
        var strays = await db.IndicatorValues
            .Where(v => !db.IndicatorUnitKinds.Any(k => k.IndicatorId == v.IndicatorId && db.Units.Any(u => u.Id == v.UnitId && u.Kind == k.Kind)))
            .Select(v => new { v.Indicator!.Code, v.UnitId })
            .Distinct()
            .ToListAsync(Token);
        Assert.Empty(strays);
        var china = await db.Indicators.Where(i => i.Code == "INT_CHINA_CASES").SelectMany(i => i.UnitKinds.Select(k => k.Kind)).ToListAsync(Token);
        Assert.Equal([UnitKind.StandingAgency], china);
    }

    [Fact]
    public async Task SeedsThirtyDistrictLevelUnitsWithVietnameseNamesAndKinds()
    {
        await using var db = _database.CreateDbContext();
        var districts = await db.Units.Where(u => u.Kind == UnitKind.UrbanDistrict || u.Kind == UnitKind.Town || u.Kind == UnitKind.RuralDistrict)
            .ToListAsync(Token);

        Assert.Equal(30, districts.Count);
        Assert.Equal(12, districts.Count(d => d.Kind == UnitKind.UrbanDistrict));
        Assert.Equal(17, districts.Count(d => d.Kind == UnitKind.RuralDistrict));
        var town = Assert.Single(districts, d => d.Kind == UnitKind.Town);
        Assert.Equal(("Sơn Tây", "Son Tay Town"), (town.NameVi, town.NameEn));
        Assert.Contains(districts, d => d is { NameVi: "Ứng Hòa", NameEn: "Ung Hoa District", Kind: UnitKind.RuralDistrict });
        Assert.Contains(districts, d => d is { NameVi: "Hai Bà Trưng", NameEn: "Hai Ba Trung District", Kind: UnitKind.UrbanDistrict });
        Assert.Equal(1, await db.Units.CountAsync(u => u.Kind == UnitKind.StandingAgency, Token));
        Assert.Equal(15, await db.Units.CountAsync(u => u.Kind == UnitKind.MemberAgency, Token));
    }

    [Fact]
    public async Task SeedsPlan127WithItsFifteenTasksInFourSections()
    {
        await using var db = _database.CreateDbContext();
        var plan = await db.Plans.Include(p => p.Tasks).SingleAsync(Token);

        Assert.Equal(("127/KH-BCD", new DateOnly(2018, 6, 6), new DateOnly(2018, 7, 30)), (plan.Number, plan.IssuedOn, plan.DayDate));
        Assert.Contains("June 30", plan.DayDateNoteEn);
        Assert.Equal(Enumerable.Range(1, 15), plan.Tasks.Select(t => t.Number).Order());
        Assert.Equal([5, 5, 3, 2], plan.Tasks.GroupBy(t => t.Section).OrderBy(g => g.Key).Select(g => g.Count()));
        Assert.Contains(plan.Tasks, t => t.Number == 8 && t.TextEn.Contains("organ donation", StringComparison.Ordinal));
        Assert.Contains(plan.Tasks, t => t.Number == 10 && t.TextEn.Contains("China and Laos", StringComparison.Ordinal));
        Assert.All(plan.Tasks, t => Assert.False(string.IsNullOrWhiteSpace(t.TextVi)));
    }

    [Fact]
    public async Task AssignsTasksAsThePlanSays()
    {
        await using var db = _database.CreateDbContext();
        var tasks = await db.PlanTasks
            .Include(t => t.Assignments).ThenInclude(a => a.Unit)
            .Include(t => t.CooperatingUnits).ThenInclude(c => c.Unit)
            .Include(t => t.LeadUnit)
            .ToDictionaryAsync(t => t.Number, Token);

        foreach (var number in new[] { 11, 12, 13 })
        {
            Assert.Equal(30, tasks[number].Assignments.Count);
            Assert.All(tasks[number].Assignments, a => Assert.True(a.Unit!.Kind.IsDistrictLevel()));
        }

        foreach (var number in new[] { 14, 15 })
        {
            Assert.Equal(16, tasks[number].Assignments.Count);
            Assert.All(tasks[number].Assignments, a => Assert.True(a.Unit!.Kind.IsAgency()));
        }

        foreach (var number in new[] { 6, 7, 8, 9, 10 })
        {
            Assert.Equal("POLICE", Assert.Single(tasks[number].Assignments).Unit!.Code);
        }

        Assert.Equal(["COURT", "PROCURACY"], tasks[9].CooperatingUnits.Select(c => c.Unit!.Code).Order());
        foreach (var number in new[] { 1, 2, 3, 4, 5 })
        {
            var assignees = tasks[number].Assignments.Select(a => a.Unit!.Code).Order();
            var named = tasks[number].CooperatingUnits.Select(c => c.Unit!.Code).Append(tasks[number].LeadUnit!.Code).Order();
            Assert.Equal(named, assignees);
        }
    }

    [Fact]
    public async Task EveryAssignmentsStateEqualsItsLastHistoryRow()
    {
        await using var db = _database.CreateDbContext();
        var assignments = await db.Assignments.Include(a => a.History).ToListAsync(Token);

        Assert.All(assignments, a =>
        {
            var last = a.History.OrderBy(h => h.ChangedAtUtc).ThenBy(h => h.Id).Last();
            Assert.Equal((last.NewState, last.NewProgress, last.NewCompletedOn), (a.State, a.Progress, a.CompletedOn));
        });
    }

    [Fact]
    public async Task TheReviewAsOfDateShowsEveryDeadlineStatusWithUnitsAheadAndBehind()
    {
        await using var db = _database.CreateDbContext();
        var plan = await db.Plans.SingleAsync(Token);

        var data = await new DashboardQueries(_database, Options.Create(new PrivacyOptions())).LoadAsync(new PlanFilter(plan.Id, plan.ReviewAsOf), Token);

        var kpis = data!.Kpis;
        Assert.All(new[] { kpis.CompletedOnTime, kpis.CompletedLate, kpis.InProgressWithinDeadline, kpis.Overdue }, count => Assert.True(count > 0));
        var districts = data.Units.Where(u => u.Kind.IsDistrictLevel()).ToList();
        Assert.Equal(30, districts.Count);
        Assert.Contains(districts, d => d.AverageProgress >= 95);
        Assert.Contains(districts, d => d.AverageProgress <= 60);
        Assert.True(districts.Single(d => d.Code == "BA-DINH").AverageProgress > districts.Single(d => d.Code == "UNG-HOA").AverageProgress);
    }

    [Fact]
    public async Task EveryUnitHasAssignmentsAndMonthlyFiguresAndTheCampaignsHaveTargets()
    {
        await using var db = _database.CreateDbContext();

        Assert.False(await db.Units.AnyAsync(u => !db.Assignments.Any(a => a.UnitId == u.Id), Token));
        Assert.False(await db.Units.AnyAsync(u => !db.IndicatorValues.Any(v => v.UnitId == u.Id), Token));
        Assert.Equal(2, await db.Campaigns.CountAsync(c => c.Targets.Count > 0 && c.Results.Count > 0, Token));
        Assert.True((await db.Plans.SingleAsync(Token)).HasDemoData);
    }

    [Fact]
    public async Task DemoDataIsTheSameEveryTime()
    {
        await using var other = await TestDatabase.CreateAsync(seed: true, demoData: true, seedHere: true);

        Assert.Equal(await FingerprintAsync(_database), await FingerprintAsync(other));
    }

    [Fact]
    public async Task WithoutDemoDataNothingIsProgressedAndThePlanIsNotMarkedDemo()
    {
        await using var plain = await TestDatabase.CreateAsync(seed: true, demoData: false, seedHere: true);
        await using var db = plain.CreateDbContext();

        Assert.Equal(143, await db.Assignments.CountAsync(a => a.State == AssignmentState.NotStarted, Token));
        Assert.False(await db.AssignmentHistory.AnyAsync(Token));
        Assert.False(await db.IndicatorValues.AnyAsync(Token));
        Assert.False((await db.Plans.SingleAsync(Token)).HasDemoData);
    }

    /// <summary>The business content of the seeded data (ids and concurrency tokens aside).</summary>
    private static async Task<string> FingerprintAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var text = new StringBuilder();
        foreach (var h in await db.AssignmentHistory.OrderBy(h => h.Id).ToListAsync(Token))
        {
            text.Append(CultureInfo.InvariantCulture, $"{h.AssignmentId}|{h.ChangedAtUtc:O}|{h.NewState}|{h.NewProgress}|{h.NewCompletedOn}|{h.Note};");
        }

        foreach (var v in await db.IndicatorValues.OrderBy(v => v.Id).ToListAsync(Token))
        {
            text.Append(CultureInfo.InvariantCulture, $"{v.IndicatorId}|{v.UnitId}|{v.Month}|{v.Value};");
        }

        foreach (var r in await db.CampaignResults.OrderBy(r => r.Id).ToListAsync(Token))
        {
            text.Append(CultureInfo.InvariantCulture, $"{r.CampaignId}|{r.UnitId}|{r.IndicatorId}|{r.Value};");
        }

        return text.ToString();
    }
}
