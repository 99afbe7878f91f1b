using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Conferences;

/// <summary>Reads a conference's nominations, their history and the results a nomination may link to, each in a fixed number of queries.</summary>
public sealed class CommendationQueries(IDbContextFactory<SteeringDbContext> factory)
{
    /// <summary>The conference's nominations with their units and linked results (three queries), or null when there is no such conference.</summary>
    public async Task<CommendationList?> ListAsync(int conferenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var conference = await db.Conferences.Where(c => c.Id == conferenceId)
            .Select(c => new { c.Id, c.PlanId, c.Title, c.Date }).SingleOrDefaultAsync(cancellationToken);
        if (conference is null)
        {
            return null;
        }

        var rows = await db.Commendations.Where(c => c.ConferenceId == conferenceId)
            .Select(c => new
            {
                c.Id, c.NomineeName, c.NomineeKind, c.UnitId, c.Unit!.NameVi, c.Unit.NameEn, c.Form, c.Achievement, c.State,
                c.RejectionReason, c.ReadingOrder, c.ProposedAtUtc, c.ProposedBy, c.ApprovedBy, c.ApprovedAtUtc, c.Version,
            })
            .ToListAsync(cancellationToken);
        var links = await db.Set<CommendationLink>().Where(l => db.Commendations.Any(c => c.Id == l.CommendationId && c.ConferenceId == conferenceId))
            .OrderBy(l => l.Id)
            .Select(l => new
            {
                l.CommendationId,
                l.AssignmentId,
                TaskNumber = (int?)l.Assignment!.PlanTask!.Number,
                TaskVi = l.Assignment.PlanTask.TextVi,
                TaskEn = l.Assignment.PlanTask.TextEn,
                l.IndicatorId,
                IndicatorVi = l.Indicator!.NameVi,
                IndicatorEn = l.Indicator.NameEn,
                l.CampaignId,
                CampaignVi = l.Campaign!.NameVi,
                CampaignEn = l.Campaign.NameEn,
            })
            .ToListAsync(cancellationToken);
        var linksOf = links.ToLookup(
            l => l.CommendationId,
            l => l.AssignmentId is { } a ? AssignmentResult(a, l.TaskNumber!.Value, l.TaskVi, l.TaskEn)
                : l.IndicatorId is { } i ? new LinkedResult(ResultKind.Indicator, i, l.IndicatorVi, l.IndicatorEn)
                : new LinkedResult(ResultKind.Campaign, l.CampaignId!.Value, l.CampaignVi, l.CampaignEn));
        var list = rows
            .OrderBy(r => r.ReadingOrder ?? int.MaxValue).ThenBy(r => r.ProposedAtUtc).ThenBy(r => r.Id)
            .Select(r => new CommendationRow(
                r.Id, r.NomineeName, r.NomineeKind, r.UnitId, r.NameVi, r.NameEn, r.Form, r.Achievement, r.State,
                r.RejectionReason, r.ReadingOrder, r.ProposedAtUtc, r.ProposedBy, r.ApprovedBy, r.ApprovedAtUtc, r.Version, linksOf[r.Id].ToList()))
            .ToList();
        return new CommendationList(conference.Id, conference.PlanId, conference.Title, conference.Date, list);
    }

    /// <summary>Every step of the nomination, oldest first (one query).</summary>
    public async Task<IReadOnlyList<CommendationEvent>> HistoryAsync(int commendationId, CancellationToken cancellationToken = default) =>
        (await HistoriesAsync([commendationId], cancellationToken))[commendationId];

    /// <summary>Every step of each of the nominations, oldest first (one query); a nomination without steps gets an empty list.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<CommendationEvent>>> HistoriesAsync(
        IReadOnlyCollection<int> commendationIds, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var steps = commendationIds.Count == 0
            ? []
            : await db.CommendationHistory.Where(h => commendationIds.Contains(h.CommendationId)).OrderBy(h => h.Id)
                .Select(h => new { h.CommendationId, Event = new CommendationEvent(h.ChangedAtUtc, h.ChangedBy, h.From, h.To, h.Reason) })
                .ToListAsync(cancellationToken);
        var byId = steps.ToLookup(s => s.CommendationId, s => s.Event);
        return commendationIds.Distinct().ToDictionary(id => id, id => (IReadOnlyList<CommendationEvent>)byId[id].ToList());
    }

    /// <summary>
    /// What a nomination for the unit may link to (three queries): the unit's completed assignments in the conference's
    /// plan, the indicators, and the plan's campaigns in which the unit leads or takes part.
    /// </summary>
    public async Task<CommendationLinkOptions> LinkOptionsAsync(int conferenceId, int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var plan = db.Conferences.Where(c => c.Id == conferenceId).Select(c => c.PlanId);
        var assignments = await db.Assignments
            .Where(a => a.UnitId == unitId && a.State == AssignmentState.Completed && plan.Contains(a.PlanTask!.PlanId))
            .OrderBy(a => a.PlanTask!.Number)
            .Select(a => new { a.Id, a.PlanTask!.Number, a.PlanTask.TextVi, a.PlanTask.TextEn })
            .ToListAsync(cancellationToken);
        var indicators = await db.Indicators.OrderBy(i => i.SortOrder).ThenBy(i => i.Id)
            .Select(i => new LinkedResult(ResultKind.Indicator, i.Id, i.NameVi, i.NameEn))
            .ToListAsync(cancellationToken);
        var campaigns = await db.Campaigns
            .Where(c => plan.Contains(c.PlanId) && (c.LeadUnitId == unitId || c.Participants.Any(p => p.UnitId == unitId)))
            .OrderBy(c => c.StartDate).ThenBy(c => c.Id)
            .Select(c => new LinkedResult(ResultKind.Campaign, c.Id, c.NameVi, c.NameEn))
            .ToListAsync(cancellationToken);
        return new CommendationLinkOptions(
            assignments.Select(a => AssignmentResult(a.Id, a.Number, a.TextVi, a.TextEn)).ToList(), indicators, campaigns);
    }

    /// <summary>Every unit a nomination may be for, with its names (one query).</summary>
    public async Task<IReadOnlyList<UnitChoice>> UnitsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Units.OrderBy(u => u.Kind).ThenBy(u => u.Id).Select(u => new UnitChoice(u.Id, u.NameVi, u.NameEn)).ToListAsync(cancellationToken);
    }

    private static LinkedResult AssignmentResult(int id, int taskNumber, string textVi, string textEn) =>
        new(ResultKind.Assignment, id, $"Nhiệm vụ {taskNumber}: {textVi}", $"Task {taskNumber}: {textEn}");
}
