using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Core.Tests.TestSupport;

/// <summary>A conference of the plan reviewing the first half of 2018, for the tests of what belongs to a conference.</summary>
public static class ConferenceScenario
{
    /// <summary>Adds the conference (its figures counting up to <paramref name="cutoff"/>, by default the period's end) and returns its id.</summary>
    public static async Task<int> AddConferenceAsync(TestDatabase database, int planId, DateOnly? cutoff = null)
    {
        await using var db = database.CreateDbContext();
        var conference = db.Conferences.Add(new Conference
        {
            PlanId = planId,
            Title = "Hội nghị sơ kết 6 tháng đầu năm 2018",
            Date = new DateOnly(2018, 7, 25),
            Venue = "Hà Nội",
            Chair = "Trưởng Ban Chỉ đạo",
            PeriodStart = new DateOnly(2018, 1, 1),
            PeriodEnd = new DateOnly(2018, 6, 30),
            CutoffDate = cutoff ?? new DateOnly(2018, 6, 30),
            UpdatedAtUtc = new DateTime(2018, 7, 1, 0, 0, 0, DateTimeKind.Utc),
            UpdatedBy = "test",
            Version = Guid.NewGuid(),
        }).Entity;
        await db.SaveChangesAsync();
        return conference.Id;
    }
}
