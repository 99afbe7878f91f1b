using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.TestSupport;

/// <summary>The conference of a plan reviewing the first half of 2018, for the tests of what belongs to a conference.</summary>
public static class ConferenceScenario
{
    public const string Title = "Hội nghị sơ kết 6 tháng đầu năm 2018";

    /// <summary>
    /// Adds the conference, held on <paramref name="date"/> (by default 25/07/2018) with its figures counting up to
    /// <paramref name="cutoff"/> (by default the period's end), and returns its id.
    /// </summary>
    public static async Task<int> AddConferenceAsync(
        IDbContextFactory<SteeringDbContext> factory, int planId, DateOnly? cutoff = null, DateOnly? date = null)
    {
        await using var db = await factory.CreateDbContextAsync();
        var conference = db.Conferences.Add(new Conference
        {
            PlanId = planId,
            Title = Title,
            Date = date ?? new DateOnly(2018, 7, 25),
            Venue = "Hà Nội",
            Chair = "Trưởng Ban Chỉ đạo",
            PeriodStart = new DateOnly(2018, 1, 1),
            PeriodEnd = new DateOnly(2018, 6, 30),
            CutoffDate = cutoff ?? new DateOnly(2018, 6, 30),
            UpdatedAtUtc = new DateTime(2018, 7, 1, 0, 0, 0, DateTimeKind.Utc),
            UpdatedBy = "test",
        }).Entity;
        await db.SaveChangesAsync();
        return conference.Id;
    }

    /// <summary>Adds the conference to the one plan in the store (a seeded database) and returns its id.</summary>
    public static async Task<int> AddToSeededPlanAsync(IDbContextFactory<SteeringDbContext> factory, DateOnly? date = null)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await AddConferenceAsync(factory, await db.Plans.Select(p => p.Id).SingleAsync(), date: date);
    }
}
