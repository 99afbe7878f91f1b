using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Seed;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Seed;

public sealed class DemoCommendationsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDemoConferenceGetsNominationsInEveryStateMarkedAsDemoWithHistoryEndingInTheirState()
    {
        await using var database = await TestDatabase.CreateAsync(seed: true, demoData: true);
        int conferenceId;
        await using (var db = database.CreateDbContext())
        {
            conferenceId = await ConferenceScenario.AddConferenceAsync(database, await db.Plans.Select(p => p.Id).SingleAsync(Token));
            await DemoCommendations.AddAsync(db, conferenceId, Token);
            await DemoCommendations.AddAsync(db, conferenceId, Token);
        }

        var queries = new CommendationQueries(database);
        var list = (await queries.ListAsync(conferenceId, Token))!;

        Assert.Equal(Enum.GetValues<CommendationState>().Order(), list.Rows.Select(r => r.State).Distinct().Order());
        Assert.Equal(5, list.Rows.Count);
        Assert.All(list.Rows, r => Assert.Contains("dữ liệu mẫu", r.NomineeName, StringComparison.Ordinal));
        Assert.Equal([1, 2], list.ReadingList.Select(r => r.ReadingOrder!.Value).ToList());
        Assert.Contains(list.Rows, r => r.Links.Count > 0);
        foreach (var row in list.Rows)
        {
            var history = await queries.HistoryAsync(row.Id, Token);
            Assert.Equal(row.State, history[^1].To);
            Assert.Equal(row.RejectionReason, history[^1].Reason);
        }
    }
}
