using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Seed;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Dashboard;

/// <summary>
/// The dashboard reads an assignment last changed before the as-of day ended from its own columns, and any other from its
/// history: on a year of generated changes, its counts as of dates throughout the year are those counted from the history
/// alone. SQLite only: the generator writes SQLite files.
/// </summary>
[Trait("Database", "SqliteOnly")]
public sealed class AsOfReadingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryAsOfDateCountsWhatTheHistoryAloneSays()
    {
        await using var database = await TestDatabase.CreateSqliteAsync();
        await new ScaleDataGenerator(database).GenerateAsync(new ScaleDataOptions(Years: 1, Units: 40), Token);
        await using var db = database.CreateDbContext();
        var plan = await db.Plans.SingleAsync(Token);
        var assignments = await db.Assignments.Where(a => a.PlanTask!.PlanId == plan.Id)
            .Select(a => new { a.Id, a.UnitId, a.DueDate, a.UpdatedAtUtc })
            .ToListAsync(Token);
        var history = (await db.AssignmentHistory.ToListAsync(Token)).ToLookup(h => h.AssignmentId);
        var queries = new DashboardQueries(database, Options.Create(new PrivacyOptions()));

        var dates = Enumerable.Range(0, 14).Select(i => plan.PeriodStart.AddDays(28 * i)).Append(plan.PeriodEnd).ToList();
        var mixed = 0;
        foreach (var asOf in dates)
        {
            var cutoff = HanoiTime.EndOfDayUtc(asOf);
            var expected = assignments.Select(a =>
            {
                var last = history[a.Id].Where(h => h.ChangedAtUtc < cutoff).MaxBy(h => (h.ChangedAtUtc, h.Id));
                var state = last?.NewState ?? AssignmentState.NotStarted;
                return new
                {
                    a.UnitId,
                    Status = DeadlineStatusRules.Derive(state, last?.NewCompletedOn, a.DueDate, asOf),
                    Completed = state == AssignmentState.Completed,
                    Overdue = state != AssignmentState.Completed && asOf > a.DueDate,
                    Progress = last?.NewProgress ?? 0,
                };
            }).ToList();
            var changedLater = assignments.Count(a => a.UpdatedAtUtc >= cutoff);
            if (changedLater > 0 && changedLater < assignments.Count)
            {
                mixed++;
            }

            var data = await queries.LoadAsync(new PlanFilter(plan.Id, asOf), Token);

            var byUnit = expected.ToLookup(e => e.UnitId);
            foreach (var unit in data!.Units)
            {
                var mine = byUnit[unit.UnitId].ToList();
                Assert.Equal(
                    (mine.Count,
                        mine.Count(e => e.Status == DeadlineStatus.CompletedOnTime),
                        mine.Count(e => e.Status == DeadlineStatus.CompletedLate),
                        mine.Count(e => e.Status == DeadlineStatus.InProgressWithinDeadline),
                        mine.Count(e => e.Status == DeadlineStatus.Overdue)),
                    (unit.Assignments, unit.CompletedOnTime, unit.CompletedLate, unit.InProgressWithinDeadline, unit.Overdue));
            }

            var point = data.Trend.Single(p => p.Date == asOf);
            Assert.Equal(
                (expected.Count, expected.Count(e => e.Completed), expected.Count(e => e.Overdue)),
                (point.Assignments, point.Completed, point.Overdue));
            Assert.Equal(expected.Average(e => e.Progress), point.AverageProgress!.Value, 6);
        }

        // Dates where some assignments were read from their columns and others from their history, not only one way.
        Assert.True(mixed >= 5, $"Only {mixed} dates mixed both readings.");
    }
}
