using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;

namespace SteeringDashboard.Core.Campaigns;

public sealed record CampaignSummary(int Id, string NameVi, string NameEn, ProgrammeCode Programme, DateOnly StartDate, DateOnly EndDate, UnitName LeadUnit);

/// <summary>A campaign target with the total of the results reported for it.</summary>
public sealed record CampaignTargetProgress(int IndicatorId, string Code, string NameVi, string NameEn, bool IsSensitive, int Target, long Total);

/// <summary>A unit's reported figure for one indicator, with the version an editor saves against.</summary>
public sealed record CampaignUnitFigure(int UnitId, int IndicatorId, int Value, Guid Version, DateTime UpdatedAtUtc);

public sealed record CampaignDetail(
    CampaignSummary Campaign,
    IReadOnlyList<UnitName> Participants,
    IReadOnlyList<CampaignTargetProgress> Targets,
    IReadOnlyList<CampaignUnitFigure> Figures)
{
    /// <summary>Participants that have reported no figure yet.</summary>
    public IEnumerable<UnitName> NotReporting => Participants.Where(p => Figures.All(f => f.UnitId != p.Id));
}

/// <summary>Campaigns and their progress against targets (a fixed number of queries per page).</summary>
public sealed class CampaignQueries(IDbContextFactory<SteeringDbContext> factory)
{
    public async Task<IReadOnlyList<CampaignSummary>> ListAsync(int planId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // Ordered before the projection: EF cannot translate an ordering on the record's properties.
        return await Summaries(db.Campaigns.Where(c => c.PlanId == planId).OrderBy(c => c.StartDate).ThenBy(c => c.Id))
            .ToListAsync(cancellationToken);
    }

    public async Task<CampaignDetail?> LoadAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var campaign = await Summaries(db.Campaigns.Where(c => c.Id == campaignId)).SingleOrDefaultAsync(cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        var participants = await db.Campaigns.Where(c => c.Id == campaignId)
            .SelectMany(c => c.Participants)
            .Select(p => new UnitName(p.Unit!.Id, p.Unit.Code, p.Unit.NameVi, p.Unit.NameEn, p.Unit.Kind, p.Unit.IsDemo))
            .ToListAsync(cancellationToken);
        var targets = await db.Campaigns.Where(c => c.Id == campaignId)
            .SelectMany(c => c.Targets)
            .Join(db.Indicators, t => t.IndicatorId, i => i.Id, (t, i) => new CampaignTargetProgress(
                i.Id, i.Code, i.NameVi, i.NameEn, i.IsSensitive, t.Target,
                db.CampaignResults.Where(r => r.CampaignId == campaignId && r.IndicatorId == i.Id).Sum(r => (long)r.Value)))
            .ToListAsync(cancellationToken);
        var figures = await db.CampaignResults.Where(r => r.CampaignId == campaignId)
            .Select(r => new CampaignUnitFigure(r.UnitId, r.IndicatorId, r.Value, r.Version, r.UpdatedAtUtc))
            .ToListAsync(cancellationToken);
        return new CampaignDetail(campaign, participants, targets, figures);
    }

    private static IQueryable<CampaignSummary> Summaries(IQueryable<Campaign> campaigns) =>
        campaigns.Select(c => new CampaignSummary(
            c.Id, c.NameVi, c.NameEn, c.Programme!.Code, c.StartDate, c.EndDate,
            new UnitName(c.LeadUnit!.Id, c.LeadUnit.Code, c.LeadUnit.NameVi, c.LeadUnit.NameEn, c.LeadUnit.Kind, c.LeadUnit.IsDemo)));
}
