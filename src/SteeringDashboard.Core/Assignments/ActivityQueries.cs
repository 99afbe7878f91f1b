using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;

namespace SteeringDashboard.Core.Assignments;

/// <summary>A change in the city-wide activity feed: what changed, on which task and unit.</summary>
public sealed record ActivityItem(AssignmentChange Change, int TaskNumber, UnitName Unit);

public sealed class ActivityQueries(IDbContextFactory<SteeringDbContext> factory)
{
    /// <summary>The plan's latest assignment changes, newest first (one query).</summary>
    public async Task<IReadOnlyList<ActivityItem>> LatestAsync(int planId, int count, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = db.AssignmentHistory.Where(h => h.Assignment!.PlanTask!.PlanId == planId)
            .OrderByDescending(h => h.ChangedAtUtc).ThenByDescending(h => h.Id)
            .Take(count);
        return await rows
            .Select(h => new ActivityItem(
                new AssignmentChange(
                    h.Id, h.AssignmentId, h.ChangedAtUtc, h.ChangedBy, h.OldState, h.NewState, h.OldProgress, h.NewProgress,
                    h.OldCompletedOn, h.NewCompletedOn, h.Note, h.EvidenceUrl,
                    h.Evidence.Select(e => new EvidenceFileInfo(e.Id, e.FileName, e.ContentType, e.SizeBytes)).ToList()),
                h.Assignment!.PlanTask!.Number,
                new UnitName(h.Assignment.Unit!.Id, h.Assignment.Unit.Code, h.Assignment.Unit.NameVi, h.Assignment.Unit.NameEn,
                    h.Assignment.Unit.Kind, h.Assignment.Unit.IsDemo)))
            .ToListAsync(cancellationToken);
    }
}
