using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Campaigns;

public sealed class CampaignResultServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CampaignResultService _service = null!;
    private int _campaignId;
    private int _indicatorId;
    private int _participantId;
    private int _outsiderId;
    private Actor _agency = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var planId = await SmallPlanScenario.CreateAsync(_database);
        await using var db = _database.CreateDbContext();
        _indicatorId = await db.Indicators.Select(i => i.Id).SingleAsync(Token);
        _participantId = await _database.UnitIdAsync("U1");
        _outsiderId = await _database.UnitIdAsync("U2");
        var campaign = await PeakCampaign.NewAsync(db, planId, _participantId, Token);
        campaign.Participants = [new CampaignUnit { UnitId = _participantId }];
        campaign.Targets = [new CampaignTarget { IndicatorId = _indicatorId, Target = 50 }];
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(Token);
        _campaignId = campaign.Id;
        _service = new CampaignResultService(
            _database,
            new ChangeNotifier(NullLogger<ChangeNotifier>.Instance),
            _database.Guard(TimeProvider.System),
            TimeProvider.System);
        _agency = await TestAccounts.CreateAsync(_database, SteeringRole.StandingAgency);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<CampaignDetail> DetailAsync() => (await new CampaignQueries(_database).LoadAsync(_campaignId, Token))!;

    [Fact]
    public async Task SavingAFigureUpdatesTheTotalAndWritesHistory()
    {
        Assert.Equal(1, Assert.IsType<CampaignSaveOutcome.Saved>(
            await _service.SaveAsync(_campaignId, _participantId, [new CampaignFigure(_indicatorId, 12, null)], new Caller(_agency.UserId), Token)).Changed);
        var first = Assert.Single((await DetailAsync()).Figures);

        Assert.IsType<CampaignSaveOutcome.Saved>(
            await _service.SaveAsync(_campaignId, _participantId, [new CampaignFigure(_indicatorId, 20, first.Version)], new Caller(_agency.UserId), Token));

        var detail = await DetailAsync();
        Assert.Equal(20, Assert.Single(detail.Targets).Total);
        Assert.Empty(detail.NotReporting);
        await using var db = _database.CreateDbContext();
        Assert.Equal([_agency.DisplayName, _agency.DisplayName], await db.CampaignResultHistory.Select(h => h.ChangedBy).ToListAsync(Token));
        Assert.Equal([(null, 12), (12, 20)], await db.CampaignResultHistory.OrderBy(h => h.Id).Select(h => new ValueTuple<int?, int>(h.OldValue, h.NewValue)).ToListAsync(Token));
    }

    [Fact]
    public async Task RefusesANegativeFigureAUnitOutsideTheCampaignAndAnUntargetedIndicator()
    {
        var negative = await _service.SaveAsync(_campaignId, _participantId, [new CampaignFigure(_indicatorId, -1, null)], new Caller(_agency.UserId), Token);
        var outsider = await _service.SaveAsync(_campaignId, _outsiderId, [new CampaignFigure(_indicatorId, 5, null)], new Caller(_agency.UserId), Token);
        var untargeted = await _service.SaveAsync(_campaignId, _participantId, [new CampaignFigure(_indicatorId + 100, 5, null)], new Caller(_agency.UserId), Token);

        Assert.Contains((_indicatorId, CampaignResultError.ValueNegative), Assert.IsType<CampaignSaveOutcome.Invalid>(negative).Errors);
        Assert.Contains((_indicatorId, CampaignResultError.UnitNotParticipating), Assert.IsType<CampaignSaveOutcome.Invalid>(outsider).Errors);
        Assert.Contains((_indicatorId + 100, CampaignResultError.IndicatorNotTargeted), Assert.IsType<CampaignSaveOutcome.Invalid>(untargeted).Errors);
        Assert.Empty((await DetailAsync()).Figures);
    }

    [Fact]
    public async Task ASaveFromAnOutdatedVersionIsAConflictAndStoresNothing()
    {
        await _service.SaveAsync(_campaignId, _participantId, [new CampaignFigure(_indicatorId, 12, null)], new Caller(_agency.UserId), Token);

        var stale = await _service.SaveAsync(_campaignId, _participantId, [new CampaignFigure(_indicatorId, 30, null)], new Caller(_agency.UserId), Token);

        Assert.Equal([_indicatorId], Assert.IsType<CampaignSaveOutcome.Conflict>(stale).IndicatorIds);
        Assert.Equal(12, Assert.Single((await DetailAsync()).Figures).Value);
    }
}
