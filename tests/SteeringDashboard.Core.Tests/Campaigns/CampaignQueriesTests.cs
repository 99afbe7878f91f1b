using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Core.Tests.TestSupport;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.Campaigns;

/// <summary>A campaign of the small plan led by S, with U1, U2 and A1 taking part and a target of 20 CASES; U1 reported 7, A1 reported 0.</summary>
public sealed class CampaignQueriesTests : IAsyncLifetime
{
    /// <summary>The codes of the units taking part in the campaign.</summary>
    private static readonly string[] Participants = ["U1", "U2", "A1"];

    private TestDatabase _database = null!;
    private int _campaignId;
    private Dictionary<string, int> _units = null!;

    private CampaignQueries Queries => new(_database);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var planId = await SmallPlanScenario.CreateAsync(_database);
        await using var db = _database.CreateDbContext();
        _units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, Token);
        var indicatorId = await db.Indicators.Select(i => i.Id).SingleAsync(Token);
        var campaign = await PeakCampaign.NewAsync(db, planId, _units["S"], Token);
        campaign.Participants = [.. CampaignQueriesTests.Participants.Select(c => new CampaignUnit { UnitId = _units[c] })];
        campaign.Targets = [new CampaignTarget { IndicatorId = indicatorId, Target = 20 }];
        campaign.Results =
        [
            new CampaignResult { UnitId = _units["U1"], IndicatorId = indicatorId, Value = 7, Version = Guid.NewGuid() },
            new CampaignResult { UnitId = _units["A1"], IndicatorId = indicatorId, Value = 0, Version = Guid.NewGuid() },
        ];
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(Token);
        _campaignId = campaign.Id;
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task TheTotalAgainstTargetAndTheUnitsWithNoResultRecorded()
    {
        var detail = (await Queries.LoadAsync(_campaignId, Token))!;

        Assert.Equal("S", detail.Campaign.LeadUnit.Code);
        Assert.Equal((20, 7L), (Assert.Single(detail.Targets).Target, detail.Targets[0].Total));
        Assert.Equal(["U2"], detail.NotReporting.Select(u => u.Code));
    }

    [Fact]
    public async Task FourSqlCommandsWhateverTheNumberOfParticipants()
    {
        _database.ResetCommandCount();
        await Queries.LoadAsync(_campaignId, Token);
        var few = _database.CommandCount;

        await using (var db = _database.CreateDbContext())
        {
            var indicatorId = await db.Indicators.Select(i => i.Id).SingleAsync(Token);
            var units = Enumerable.Range(0, 30)
                .Select(i => new Unit { Code = $"D{i}", NameVi = $"D{i}", NameEn = $"D{i}", Kind = UnitKind.RuralDistrict })
                .ToList();
            db.Units.AddRange(units);
            await db.SaveChangesAsync(Token);
            db.AddRange(units.Select(u => new CampaignUnit { CampaignId = _campaignId, UnitId = u.Id }));
            db.CampaignResults.AddRange(units.Where((_, i) => i % 2 == 0).Select(u =>
                new CampaignResult { CampaignId = _campaignId, UnitId = u.Id, IndicatorId = indicatorId, Value = 1, Version = Guid.NewGuid() }));
            await db.SaveChangesAsync(Token);
        }

        _database.ResetCommandCount();
        var detail = (await Queries.LoadAsync(_campaignId, Token))!;

        Assert.Equal(33, detail.Participants.Count);
        Assert.Equal(16, detail.NotReporting.Count());
        Assert.Equal(22L, detail.Targets[0].Total);
        Assert.Equal(few, _database.CommandCount);
        Assert.Equal(4, _database.CommandCount);
    }
}
