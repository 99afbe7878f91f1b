using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Seed;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Seed;

/// <summary>SQLite only: the generator writes SQLite files.</summary>
[Trait("Database", "SqliteOnly")]
public sealed class ScaleDataGeneratorTests
{
    private static readonly ScaleDataOptions OneYearFortyUnits = new(Years: 1, Units: 40);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WritesTheSameRowsEveryTimeAndSaysHowMany()
    {
        await using var first = await TestDatabase.CreateSqliteAsync();
        await using var second = await TestDatabase.CreateSqliteAsync();

        var counts = await new ScaleDataGenerator(first).GenerateAsync(OneYearFortyUnits, Token);
        var again = await new ScaleDataGenerator(second).GenerateAsync(OneYearFortyUnits, Token);

        Assert.Equal(new ScaleDataCounts(
            Units: 40, Plans: 1, Tasks: 20, Assignments: 200, AssignmentHistory: 5_960, IndicatorValues: 5_544,
            ReportTypes: 4, ExpectedReports: 160, UnitReports: 154, UnitReportHistory: 160, Conferences: 1), counts);
        Assert.Equal(12_244, counts.Total);
        Assert.Equal(counts, again);
        await using var db = first.CreateDbContext();
        Assert.Equal(
            (counts.Units, counts.Assignments, counts.AssignmentHistory, counts.IndicatorValues, counts.UnitReportHistory),
            (await db.Units.CountAsync(Token), await db.Assignments.CountAsync(Token), await db.AssignmentHistory.CountAsync(Token),
                await db.IndicatorValues.CountAsync(Token), await db.UnitReportHistory.CountAsync(Token)));
        Assert.Equal(await DigestAsync(first), await DigestAsync(second));
    }

    [Fact]
    public async Task RefusesASecondRunAndChangesNothing()
    {
        await using var database = await TestDatabase.CreateSqliteAsync();
        await new ScaleDataGenerator(database).GenerateAsync(OneYearFortyUnits, Token);
        var before = await DigestAsync(database);

        var refused = await Assert.ThrowsAsync<DatabaseNotEmptyException>(
            () => new ScaleDataGenerator(database).GenerateAsync(OneYearFortyUnits, Token));

        Assert.StartsWith("The database already holds data (1 plans, 40 units): scale data goes into a fresh database only.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await DigestAsync(database));
    }

    [Fact]
    public async Task RefusesADatabaseWithThePlansReferenceData()
    {
        await using var database = await TestDatabase.CreateSqliteAsync(seed: true);

        await Assert.ThrowsAsync<DatabaseNotEmptyException>(() => new ScaleDataGenerator(database).GenerateAsync(OneYearFortyUnits, Token));

        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.AssignmentHistory.CountAsync(Token));
    }

    [Fact]
    public async Task EachAssignmentsStateIsTheLastChangeInItsHistoryAsTheDashboardReadsIt()
    {
        await using var database = await TestDatabase.CreateSqliteAsync();
        await new ScaleDataGenerator(database).GenerateAsync(OneYearFortyUnits, Token);
        await using var db = database.CreateDbContext();
        var plan = await db.Plans.SingleAsync(Token);

        var dashboard = await new DashboardQueries(database, Options.Create(new PrivacyOptions()))
            .LoadAsync(new PlanFilter(plan.Id, new DateOnly(2030, 1, 1)), Token);

        var completed = await db.Assignments.CountAsync(a => a.State == AssignmentState.Completed, Token);
        Assert.InRange(completed, 1, 199);
        Assert.Equal((200, completed), (dashboard!.Kpis.Assignments, dashboard.Kpis.Completed));
        Assert.Equal(await db.Assignments.AverageAsync(a => a.Progress, Token), dashboard.Kpis.AverageProgress!.Value, 6);
        Assert.Equal(12, dashboard.Figures.ToMonth);
        Assert.All(dashboard.Headlines, h => Assert.True(h.Value.Figures > 0));
    }

    /// <summary>A hash of every history row and figure, in key order.</summary>
    private static async Task<string> DigestAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var text = new StringBuilder();
        foreach (var row in await db.AssignmentHistory.OrderBy(h => h.Id)
                     .Select(h => new { h.AssignmentId, h.ChangedAtUtc, h.NewState, h.NewProgress, h.NewCompletedOn, h.Version }).ToListAsync(Token))
        {
            text.Append(row).Append('\n');
        }

        foreach (var row in await db.IndicatorValues.OrderBy(v => v.Id).Select(v => new { v.IndicatorId, v.UnitId, v.Year, v.Month, v.Value }).ToListAsync(Token))
        {
            text.Append(row).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
