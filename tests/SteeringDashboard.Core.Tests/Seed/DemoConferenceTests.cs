using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Seed;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Seed;

public sealed class DemoConferenceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDemoPlanHasItsMidYearConferenceWithEveryUnitInvitedAndAValidGaplessAgenda()
    {
        await using var database = await TestDatabase.CreateAsync(seed: true, demoData: true);
        var queries = new ConferenceQueries(database);

        var summary = Assert.Single(await queries.ListAsync(Token));
        var detail = (await queries.LoadAsync(summary.Id, Token))!;

        Assert.Equal(DemoConference.Title, detail.Title);
        Assert.Equal((new DateOnly(2018, 1, 1), new DateOnly(2018, 6, 30), new DateOnly(2018, 6, 15)), (detail.PeriodStart, detail.PeriodEnd, detail.CutoffDate));
        Assert.Equal(7, detail.Date.Month);
        Assert.True(detail.PlanHasDemoData);
        Assert.Empty(ConferenceService.Validate(new ConferenceDraft(
            detail.Title, detail.Date, detail.Venue, detail.Chair, detail.PeriodStart, detail.PeriodEnd, detail.CutoffDate)));
        Assert.Equal(detail.Units.Select(u => u.Id).Order(), detail.InvitedUnitIds.Order());
        Assert.Equal(Enumerable.Range(1, detail.Agenda.Count), detail.Agenda.Select(a => a.Position));
        Assert.All(detail.Agenda, a => Assert.True(a.PresenterUnit is null != (a.PresenterName is null)));
        Assert.Equal(120, detail.TotalMinutes);
        Assert.Contains(detail.Checklist, c => c.Done);
        Assert.Contains(detail.Checklist, c => !c.Done);
    }

    [Fact]
    public async Task WithoutDemoDataThereIsNoConference()
    {
        await using var database = await TestDatabase.CreateAsync(seed: true, demoData: false);
        await using var db = database.CreateDbContext();

        Assert.Equal(0, await db.Conferences.CountAsync(Token));
    }
}
