using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Campaigns;

/// <summary>A unit's new figure for one of a campaign's indicators; ExpectedVersion is null when the editor saw no figure yet.</summary>
public sealed record CampaignFigure(int IndicatorId, int Value, Guid? ExpectedVersion);

public enum CampaignResultError
{
    ValueNegative = 1,
    IndicatorNotTargeted,
    UnitNotParticipating,
}

public abstract record CampaignSaveOutcome
{
    private CampaignSaveOutcome()
    {
    }

    public sealed record Saved(int Changed) : CampaignSaveOutcome;

    public sealed record Invalid(IReadOnlyList<(int IndicatorId, CampaignResultError Error)> Errors) : CampaignSaveOutcome;

    /// <summary>Someone changed these indicators' figures since the editor loaded them: nothing was stored.</summary>
    public sealed record Conflict(IReadOnlyList<int> IndicatorIds) : CampaignSaveOutcome;

    public sealed record NotFound : CampaignSaveOutcome;

    /// <summary>The caller may not record this unit's results (or the account is disabled): nothing was stored, and the refusal is audited.</summary>
    public sealed record Forbidden : CampaignSaveOutcome;
}

/// <summary>
/// Stores a unit's campaign results with history, all figures of one save in one transaction, when the caller may record
/// that unit's results; the figures are recorded under the account's display name.
/// </summary>
public sealed class CampaignResultService(
    IDbContextFactory<SteeringDbContext> factory, ChangeNotifier notifier, AccessGuard guard, TimeProvider clock)
{
    public async Task<CampaignSaveOutcome> SaveAsync(
        int campaignId, int unitId, IReadOnlyList<CampaignFigure> figures, Caller caller, CancellationToken cancellationToken = default)
    {
        // Checked before the write transaction begins: a refusal writes its audit entry in a transaction of its own.
        var actor = await guard.AuthorizeAsync(
            caller,
            SteeringAction.RecordCampaignResults,
            unitId,
            string.Create(CultureInfo.InvariantCulture, $"campaign {campaignId} unit {unitId}"),
            cancellationToken);
        if (actor is null)
        {
            return new CampaignSaveOutcome.Forbidden();
        }

        var changedBy = actor.DisplayName;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var campaign = await db.Campaigns
            .Include(c => c.Targets)
            .Include(c => c.Participants)
            .Include(c => c.Results.Where(r => r.UnitId == unitId))
            .SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null)
        {
            return new CampaignSaveOutcome.NotFound();
        }

        var errors = new List<(int, CampaignResultError)>();
        foreach (var figure in figures)
        {
            if (figure.Value < 0)
            {
                errors.Add((figure.IndicatorId, CampaignResultError.ValueNegative));
            }

            if (campaign.Targets.All(t => t.IndicatorId != figure.IndicatorId))
            {
                errors.Add((figure.IndicatorId, CampaignResultError.IndicatorNotTargeted));
            }

            if (campaign.Participants.All(p => p.UnitId != unitId))
            {
                errors.Add((figure.IndicatorId, CampaignResultError.UnitNotParticipating));
            }
        }

        if (errors.Count > 0)
        {
            return new CampaignSaveOutcome.Invalid(errors);
        }

        var existing = campaign.Results.ToDictionary(r => r.IndicatorId);
        var outdated = figures
            .Where(f => existing.TryGetValue(f.IndicatorId, out var result) ? result.Version != f.ExpectedVersion : f.ExpectedVersion is not null)
            .Select(f => f.IndicatorId)
            .ToList();
        if (outdated.Count > 0)
        {
            return new CampaignSaveOutcome.Conflict(outdated);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var changed = new List<(CampaignResult Result, int? OldValue)>();
        foreach (var figure in figures)
        {
            existing.TryGetValue(figure.IndicatorId, out var result);
            if (result?.Value == figure.Value)
            {
                continue;
            }

            if (result is null)
            {
                result = new CampaignResult { CampaignId = campaignId, UnitId = unitId, IndicatorId = figure.IndicatorId };
                campaign.Results.Add(result);
            }

            changed.Add((result, result.Id == 0 ? null : result.Value));
            result.Value = figure.Value;
            result.UpdatedAtUtc = now;
            result.UpdatedBy = changedBy;
            result.Version = Guid.NewGuid();
        }

        await db.SaveChangesAsync(cancellationToken);
        db.CampaignResultHistory.AddRange(changed.Select(c => new CampaignResultHistory
        {
            CampaignResultId = c.Result.Id,
            ChangedAtUtc = now,
            ChangedBy = changedBy,
            OldValue = c.OldValue,
            NewValue = c.Result.Value,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (changed.Count > 0)
        {
            _ = notifier.Publish(new DataChange(ChangeKind.CampaignResult, campaign.PlanId, [unitId], now, changedBy));
        }

        return new CampaignSaveOutcome.Saved(changed.Count);
    }
}
