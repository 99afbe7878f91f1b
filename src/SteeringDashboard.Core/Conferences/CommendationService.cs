using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Conferences;

/// <summary>
/// Writes nominations for commendation: a unit's proposal, the secretariat's review, approval or rejection (with a
/// reason), and the reading order of the approved list. Each write asks the <see cref="AccessGuard"/> first, runs in
/// one transaction, refuses a step from an outdated version, records history and tells open screens.
/// </summary>
public sealed class CommendationService(
    IDbContextFactory<SteeringDbContext> factory,
    ChangeNotifier notifier,
    AccessGuard guard,
    TimeProvider clock)
{
    /// <summary>Proposes a nomination for a unit; the caller needs <see cref="SteeringAction.ProposeCommendation"/> for that unit.</summary>
    public async Task<CommendationOutcome> ProposeAsync(Caller caller, CommendationProposal proposal, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var planId = await db.Conferences.Where(c => c.Id == proposal.ConferenceId).Select(c => (int?)c.PlanId).SingleOrDefaultAsync(cancellationToken);
        if (planId is null || !await db.Units.AnyAsync(u => u.Id == proposal.UnitId, cancellationToken))
        {
            return new CommendationOutcome.NotFound();
        }

        var actor = await guard.AuthorizeAsync(
            caller, SteeringAction.ProposeCommendation, proposal.UnitId, $"conference {proposal.ConferenceId.ToString(CultureInfo.InvariantCulture)} commendation", cancellationToken);
        if (actor is null)
        {
            return new CommendationOutcome.Forbidden();
        }

        var errors = Validate(proposal);
        errors.AddRange(await ValidateLinksAsync(db, planId.Value, proposal.UnitId, proposal.Links, cancellationToken));
        if (errors.Count > 0)
        {
            return new CommendationOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var commendation = new Commendation
        {
            ConferenceId = proposal.ConferenceId,
            NomineeName = proposal.NomineeName!.Trim(),
            NomineeKind = proposal.NomineeKind,
            UnitId = proposal.UnitId,
            Form = proposal.Form,
            Achievement = proposal.Achievement!.Trim(),
            State = CommendationState.Proposed,
            ProposedAtUtc = now,
            ProposedBy = actor.DisplayName,
            ProposedByUserId = actor.UserId,
            UpdatedAtUtc = now,
            Version = Guid.NewGuid(),
            Links = [.. proposal.Links.Select(LinkOf)],
            History = [new CommendationHistory { ChangedAtUtc = now, ChangedBy = actor.DisplayName, To = CommendationState.Proposed }],
        };
        db.Commendations.Add(commendation);
        await db.SaveChangesAsync(cancellationToken);
        Publish(planId.Value, proposal.UnitId, now, actor.DisplayName);
        return new CommendationOutcome.Saved(commendation.Id, commendation.State, commendation.Version);
    }

    /// <summary>Takes a proposed nomination under review.</summary>
    public Task<CommendationOutcome> StartReviewAsync(Caller caller, int commendationId, Guid expectedVersion, CancellationToken cancellationToken = default) =>
        MoveToAsync(caller, commendationId, CommendationState.UnderReview, null, expectedVersion, cancellationToken);

    /// <summary>Approves a nomination under review; it goes to the end of the reading order.</summary>
    public Task<CommendationOutcome> ApproveAsync(Caller caller, int commendationId, Guid expectedVersion, CancellationToken cancellationToken = default) =>
        MoveToAsync(caller, commendationId, CommendationState.Approved, null, expectedVersion, cancellationToken);

    /// <summary>Rejects a nomination under review, with a reason the proposer will read.</summary>
    public Task<CommendationOutcome> RejectAsync(
        Caller caller, int commendationId, string? reason, Guid expectedVersion, CancellationToken cancellationToken = default) =>
        MoveToAsync(caller, commendationId, CommendationState.Rejected, reason, expectedVersion, cancellationToken);

    /// <summary>
    /// Moves an approved nomination one place earlier (<paramref name="offset"/> −1) or later (+1) in the reading order,
    /// swapping it with its neighbour.
    /// </summary>
    public async Task<CommendationOutcome> MoveInReadingOrderAsync(
        Caller caller, int commendationId, int offset, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(Math.Abs(offset), 1, nameof(offset));
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (decider, refusal) = await DeciderAsync(db, caller, commendationId, cancellationToken);
        if (decider is null)
        {
            return refusal!;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var commendation = await db.Commendations.SingleAsync(c => c.Id == commendationId, cancellationToken);
        if (commendation.Version != expectedVersion)
        {
            return new CommendationOutcome.Conflict(commendation.State);
        }

        if (commendation.State != CommendationState.Approved)
        {
            return new CommendationOutcome.Invalid([CommendationError.NotApproved]);
        }

        var approved = db.Commendations.Where(c => c.ConferenceId == commendation.ConferenceId && c.State == CommendationState.Approved);
        var neighbour = offset < 0
            ? await approved.Where(c => c.ReadingOrder < commendation.ReadingOrder).OrderByDescending(c => c.ReadingOrder).FirstOrDefaultAsync(cancellationToken)
            : await approved.Where(c => c.ReadingOrder > commendation.ReadingOrder).OrderBy(c => c.ReadingOrder).FirstOrDefaultAsync(cancellationToken);
        if (neighbour is null)
        {
            return new CommendationOutcome.Invalid([CommendationError.CannotMoveFurther]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        (commendation.ReadingOrder, neighbour.ReadingOrder) = (neighbour.ReadingOrder, commendation.ReadingOrder);
        foreach (var changed in new[] { commendation, neighbour })
        {
            changed.UpdatedAtUtc = now;
            changed.Version = Guid.NewGuid();
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Publish(decider.PlanId, decider.UnitId, now, decider.Actor.DisplayName);
        return new CommendationOutcome.Saved(commendation.Id, commendation.State, commendation.Version);
    }

    private async Task<CommendationOutcome> MoveToAsync(
        Caller caller, int commendationId, CommendationState to, string? reason, Guid expectedVersion, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (decider, refusal) = await DeciderAsync(db, caller, commendationId, cancellationToken);
        if (decider is null)
        {
            return refusal!;
        }

        var text = reason?.Trim();
        if (to == CommendationState.Rejected)
        {
            if (string.IsNullOrEmpty(text))
            {
                return new CommendationOutcome.Invalid([CommendationError.ReasonRequired]);
            }

            if (text.Length > Commendation.ReasonMaxLength)
            {
                return new CommendationOutcome.Invalid([CommendationError.ReasonTooLong]);
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var commendation = await db.Commendations.SingleAsync(c => c.Id == commendationId, cancellationToken);
        if (commendation.Version != expectedVersion)
        {
            return new CommendationOutcome.Conflict(commendation.State);
        }

        if (!CommendationTransitions.IsAllowed(commendation.State, to))
        {
            return new CommendationOutcome.Invalid([CommendationError.TransitionNotAllowed]);
        }

        if (to == CommendationState.Approved && commendation.ProposedByUserId == decider.Actor.UserId)
        {
            return new CommendationOutcome.Invalid([CommendationError.ProposerMayNotApprove]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var from = commendation.State;
        if (to == CommendationState.Approved)
        {
            var last = await db.Commendations
                .Where(c => c.ConferenceId == commendation.ConferenceId && c.State == CommendationState.Approved)
                .MaxAsync(c => c.ReadingOrder, cancellationToken);
            commendation.ReadingOrder = (last ?? 0) + 1;
            commendation.ApprovedBy = decider.Actor.DisplayName;
            commendation.ApprovedAtUtc = now;
        }

        commendation.State = to;
        commendation.RejectionReason = to == CommendationState.Rejected ? text : null;
        commendation.UpdatedAtUtc = now;
        commendation.Version = Guid.NewGuid();
        db.CommendationHistory.Add(new CommendationHistory
        {
            CommendationId = commendation.Id,
            ChangedAtUtc = now,
            ChangedBy = decider.Actor.DisplayName,
            From = from,
            To = to,
            Reason = commendation.RejectionReason,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Publish(decider.PlanId, decider.UnitId, now, decider.Actor.DisplayName);
        return new CommendationOutcome.Saved(commendation.Id, commendation.State, commendation.Version);
    }

    private static List<CommendationError> Validate(CommendationProposal proposal)
    {
        var errors = new List<CommendationError>();
        var nominee = proposal.NomineeName?.Trim();
        if (string.IsNullOrEmpty(nominee))
        {
            errors.Add(CommendationError.NomineeRequired);
        }
        else if (nominee.Length > Commendation.NomineeMaxLength)
        {
            errors.Add(CommendationError.NomineeTooLong);
        }

        if (!Enum.IsDefined(proposal.NomineeKind))
        {
            errors.Add(CommendationError.NomineeKindUnknown);
        }

        if (!Enum.IsDefined(proposal.Form))
        {
            errors.Add(CommendationError.FormUnknown);
        }

        var achievement = proposal.Achievement?.Trim();
        if (string.IsNullOrEmpty(achievement))
        {
            errors.Add(CommendationError.AchievementRequired);
        }
        else if (achievement.Length > Commendation.AchievementMaxLength)
        {
            errors.Add(CommendationError.AchievementTooLong);
        }

        if (proposal.Links.Count > Commendation.MaxLinks)
        {
            errors.Add(CommendationError.TooManyLinks);
        }

        if (proposal.Links.Distinct().Count() != proposal.Links.Count)
        {
            errors.Add(CommendationError.LinkRepeated);
        }

        return errors;
    }

    /// <summary>Checks every link in at most three queries: assignments of the unit in the plan, indicators, campaigns of the plan.</summary>
    private static async Task<List<CommendationError>> ValidateLinksAsync(
        SteeringDbContext db, int planId, int unitId, IReadOnlyList<ResultRef> links, CancellationToken cancellationToken)
    {
        var errors = new List<CommendationError>();
        var assignmentIds = IdsOf(links, ResultKind.Assignment);
        var indicatorIds = IdsOf(links, ResultKind.Indicator);
        var campaignIds = IdsOf(links, ResultKind.Campaign);
        var assignments = assignmentIds.Count == 0
            ? []
            : await db.Assignments.Where(a => assignmentIds.Contains(a.Id) && a.UnitId == unitId && a.PlanTask!.PlanId == planId)
                .Select(a => new { a.Id, a.State }).ToListAsync(cancellationToken);
        var indicators = indicatorIds.Count == 0
            ? 0
            : await db.Indicators.CountAsync(i => indicatorIds.Contains(i.Id), cancellationToken);
        var campaigns = campaignIds.Count == 0
            ? 0
            : await db.Campaigns.CountAsync(c => campaignIds.Contains(c.Id) && c.PlanId == planId, cancellationToken);
        if (assignments.Count != assignmentIds.Count || indicators != indicatorIds.Count || campaigns != campaignIds.Count
            || links.Any(l => !Enum.IsDefined(l.Kind)))
        {
            errors.Add(CommendationError.LinkNotFound);
        }

        if (assignments.Any(a => a.State != AssignmentState.Completed))
        {
            errors.Add(CommendationError.AssignmentNotCompleted);
        }

        return errors;
    }

    private static List<int> IdsOf(IReadOnlyList<ResultRef> links, ResultKind kind) =>
        links.Where(l => l.Kind == kind).Select(l => l.Id).Distinct().ToList();

    private static CommendationLink LinkOf(ResultRef link) => link.Kind switch
    {
        ResultKind.Assignment => new CommendationLink { AssignmentId = link.Id },
        ResultKind.Indicator => new CommendationLink { IndicatorId = link.Id },
        _ => new CommendationLink { CampaignId = link.Id },
    };

    /// <summary>The account deciding on the nomination, with its unit and plan; null with the outcome that refuses the step instead.</summary>
    private async Task<(Decider? Decider, CommendationOutcome? Refusal)> DeciderAsync(
        SteeringDbContext db, Caller caller, int commendationId, CancellationToken cancellationToken)
    {
        var target = await db.Commendations.Where(c => c.Id == commendationId)
            .Select(c => new { c.UnitId, c.Conference!.PlanId })
            .SingleOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return (null, new CommendationOutcome.NotFound());
        }

        var actor = await guard.AuthorizeAsync(
            caller, SteeringAction.DecideCommendation, target.UnitId, $"commendation {commendationId.ToString(CultureInfo.InvariantCulture)}", cancellationToken);
        return actor is null ? (null, new CommendationOutcome.Forbidden()) : (new Decider(actor, target.UnitId, target.PlanId), null);
    }

    private void Publish(int planId, int unitId, DateTime now, string changedBy) =>
        _ = notifier.Publish(new DataChange(ChangeKind.Commendation, planId, [unitId], now, changedBy));

    private sealed record Decider(Actor Actor, int UnitId, int PlanId);
}
