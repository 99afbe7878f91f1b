using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Plans;

/// <summary>A plan as the screens list it.</summary>
public sealed record PlanSummary(
    int Id,
    int Year,
    string Number,
    string TitleVi,
    string TitleEn,
    DateOnly IssuedOn,
    DateOnly DayDate,
    string? DayDateNoteVi,
    string? DayDateNoteEn,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly ReviewAsOf,
    bool HasDemoData);

public sealed class PlanQueries(IDbContextFactory<SteeringDbContext> factory)
{
    internal static readonly Expression<Func<Plan, PlanSummary>> ToSummary = p => new PlanSummary(
        p.Id, p.Year, p.Number, p.TitleVi, p.TitleEn, p.IssuedOn, p.DayDate, p.DayDateNoteVi, p.DayDateNoteEn,
        p.PeriodStart, p.PeriodEnd, p.ReviewAsOf, p.HasDemoData);

    /// <summary>All plans, newest year first.</summary>
    public async Task<IReadOnlyList<PlanSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Plans
            .OrderByDescending(p => p.Year).ThenBy(p => p.Number)
            .Select(ToSummary)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The plan, or null when there is no plan with that id.</summary>
    internal static Task<PlanSummary?> FindAsync(SteeringDbContext db, int planId, CancellationToken cancellationToken) =>
        db.Plans.Where(p => p.Id == planId).Select(ToSummary).SingleOrDefaultAsync(cancellationToken);
}
