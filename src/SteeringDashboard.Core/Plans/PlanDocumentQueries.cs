using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Plans;

/// <summary>A unit as screens name it.</summary>
/// <param name="IsDemo">The unit is a demo stand-in (the member agency roster), to be labelled as such.</param>
public sealed record UnitName(int Id, string Code, string NameVi, string NameEn, UnitKind Kind, bool IsDemo);

/// <summary>A task of the plan as the document shows it, with its roll-up across the units it is assigned to.</summary>
public sealed record PlanTaskItem(
    int Id,
    int Number,
    PlanSection Section,
    string TextVi,
    string TextEn,
    ProgrammeCode Programme,
    UnitName? LeadUnit,
    IReadOnlyList<UnitName> CooperatingUnits,
    DateOnly StartDate,
    DateOnly DueDate,
    TaskRollup Rollup);

/// <summary>A task's assignments counted by deadline status at the as-of date.</summary>
public sealed class TaskRollup : StatusCounts
{
    public int PlanTaskId { get; init; }
}

public sealed record PlanDocument(PlanSummary Plan, DateOnly AsOf, IReadOnlyList<PlanTaskItem> Tasks);

/// <summary>The plan as a document: sections and numbered tasks with roll-ups (three queries).</summary>
public sealed class PlanDocumentQueries(IDbContextFactory<SteeringDbContext> factory)
{
    private static readonly DialectSql RollupSql = new(dialect => $"""
        WITH {AsOfSql.ScoredAssignments(dialect)}
        SELECT t.Id AS PlanTaskId, {AsOfSql.StatusCountColumns}
        FROM PlanTasks t
        LEFT JOIN scored s ON s.PlanTaskId = t.Id
        WHERE t.PlanId = @planId
        GROUP BY t.Id
        """);

    public async Task<PlanDocument?> LoadAsync(int planId, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanQueries.FindAsync(db, planId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var tasks = await db.PlanTasks
            .Where(t => t.PlanId == planId)
            .OrderBy(t => t.Number)
            .Select(t => new
            {
                t.Id,
                t.Number,
                t.Section,
                t.TextVi,
                t.TextEn,
                Programme = t.Programme!.Code,
                Lead = t.LeadUnit == null ? null : new UnitName(t.LeadUnit.Id, t.LeadUnit.Code, t.LeadUnit.NameVi, t.LeadUnit.NameEn, t.LeadUnit.Kind, t.LeadUnit.IsDemo),
                Cooperating = t.CooperatingUnits
                    .OrderBy(c => c.UnitId)
                    .Select(c => new UnitName(c.Unit!.Id, c.Unit.Code, c.Unit.NameVi, c.Unit.NameEn, c.Unit.Kind, c.Unit.IsDemo))
                    .ToList(),
                t.StartDate,
                t.DueDate,
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var dialect = SqlDialect.Of(db.Database);
        var rollups = await db.Database
            .SqlQueryRaw<TaskRollup>(RollupSql.For(dialect), new PlanFilter(planId, asOf).Parameters(dialect))
            .ToDictionaryAsync(r => r.PlanTaskId, cancellationToken);

        var items = tasks
            .Select(t => new PlanTaskItem(
                t.Id, t.Number, t.Section, t.TextVi, t.TextEn, t.Programme, t.Lead, t.Cooperating, t.StartDate, t.DueDate, rollups[t.Id]))
            .ToList();
        return new PlanDocument(plan, asOf, items);
    }
}
