using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Assignments;

/// <summary>An assignment as it stood at the as-of date, with the task and unit it belongs to.</summary>
public sealed class AssignmentRow
{
    public int AssignmentId { get; init; }
    public int PlanTaskId { get; init; }
    public int TaskNumber { get; init; }
    public PlanSection Section { get; init; }
    public required string TaskTextVi { get; init; }
    public required string TaskTextEn { get; init; }
    public ProgrammeCode Programme { get; init; }
    public int UnitId { get; init; }
    public required string UnitCode { get; init; }
    public required string UnitNameVi { get; init; }
    public required string UnitNameEn { get; init; }
    public UnitKind UnitKind { get; init; }
    public DateOnly DueDate { get; init; }
    public AssignmentState State { get; init; }
    public int Progress { get; init; }
    public DateOnly? CompletedOn { get; init; }
    public DeadlineStatus Status { get; init; }

    /// <summary>When the state shown last changed (UTC); null when it never changed by the as-of date.</summary>
    public DateTime? LastChangedUtc { get; init; }
}

/// <summary>Assignments as of a date, read from their history in one query.</summary>
public sealed class AssignmentQueries(IDbContextFactory<SteeringDbContext> factory)
{
    private static readonly DialectSql AssignmentsSql = new(dialect => $"""
        WITH picked AS MATERIALIZED (
            SELECT a.Id AS AssignmentId, t.Id AS PlanTaskId, t.Number AS TaskNumber, t.Section,
                   t.TextVi AS TaskTextVi, t.TextEn AS TaskTextEn, p.Code AS Programme,
                   u.Id AS UnitId, u.Code AS UnitCode, u.NameVi AS UnitNameVi, u.NameEn AS UnitNameEn, u.Kind AS UnitKind,
                   a.DueDate, {AsOfSql.LatestChangeId("a", AsOfSql.CutoffUtc(dialect, "@asOf"))} AS ChangeId
            FROM Assignments a
            JOIN PlanTasks t ON t.Id = a.PlanTaskId
            JOIN Programmes p ON p.Id = t.ProgrammeId
            JOIN Units u ON u.Id = a.UnitId
            WHERE t.PlanId = @planId AND {PlanFilter.ProgrammeCondition("p")} AND {PlanFilter.KindCondition("u")}
              AND (@unitId = 0 OR u.Id = @unitId)
        ),
        snap AS (
            SELECT k.AssignmentId, k.PlanTaskId, k.TaskNumber, k.Section, k.TaskTextVi, k.TaskTextEn, k.Programme,
                   k.UnitId, k.UnitCode, k.UnitNameVi, k.UnitNameEn, k.UnitKind, k.DueDate,
                   COALESCE(h.NewState, 0) AS State, COALESCE(h.NewProgress, 0) AS Progress,
                   h.NewCompletedOn AS CompletedOn, h.ChangedAtUtc AS LastChangedUtc
            FROM picked k
            LEFT JOIN AssignmentHistory h ON h.Id = k.ChangeId
        )
        SELECT snap.*, {AsOfSql.DeadlineStatus("State", "CompletedOn", "DueDate", "@asOf")} AS Status
        FROM snap
        ORDER BY TaskNumber, UnitId
        """);

    /// <summary>Every assignment of the plan in the filter, ordered by task number.</summary>
    public async Task<IReadOnlyList<AssignmentRow>> ListAsync(PlanFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await ListAsync(db, filter, unitId: null, cancellationToken);
    }

    internal static Task<List<AssignmentRow>> ListAsync(SteeringDbContext db, PlanFilter filter, int? unitId, CancellationToken cancellationToken)
    {
        var dialect = SqlDialect.Of(db.Database);
        return db.Database
            .SqlQueryRaw<AssignmentRow>(AssignmentsSql.For(dialect), filter.Parameters(dialect, dialect.Parameter("@unitId", unitId ?? 0)))
            .ToListAsync(cancellationToken);
    }
}
