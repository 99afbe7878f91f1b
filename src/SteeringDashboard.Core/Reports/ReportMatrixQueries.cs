using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Reports;

/// <summary>
/// A unit's report of one type as it stood at the end of the as-of date (Ha Noi), read from the report's history:
/// the latest change made before that day ended decides.
/// </summary>
public enum ReportCellState
{
    /// <summary>Nothing received yet, and the due date is the as-of date or later.</summary>
    NotYetDue = 1,

    /// <summary>Nothing received, and the due date is before the as-of date.</summary>
    Missing = 2,

    /// <summary>Returned for correction and not resubmitted yet (whatever the due date).</summary>
    Returned = 3,

    /// <summary>Received (first submission, or the resubmission after the last return) before the due date ended; corrections keep it.</summary>
    ReceivedOnTime = 4,

    /// <summary>Received after the due date ended.</summary>
    ReceivedLate = 5,
}

/// <summary>Cells per state over a row or a column; <see cref="Expected"/> counts the cells a unit owes.</summary>
public sealed record ReportCounts(int Expected, int ReceivedOnTime, int ReceivedLate, int Returned, int Missing, int NotYetDue)
{
    internal static ReportCounts Of(IEnumerable<ReportCellState> states)
    {
        var list = states.ToList();
        return new ReportCounts(
            list.Count,
            list.Count(s => s == ReportCellState.ReceivedOnTime),
            list.Count(s => s == ReportCellState.ReceivedLate),
            list.Count(s => s == ReportCellState.Returned),
            list.Count(s => s == ReportCellState.Missing),
            list.Count(s => s == ReportCellState.NotYetDue));
    }
}

public sealed record ReportColumn(
    int ReportTypeId, string Code, string NameVi, string NameEn, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly CutoffDate, DateOnly DueDate, ReportCounts Counts);

/// <summary>A unit's row: a state for each report type it owes (report types it does not owe have no cell).</summary>
public sealed record ReportMatrixRow(UnitName Unit, IReadOnlyDictionary<int, ReportCellState> Cells, ReportCounts Counts);

/// <summary>Units (rows) × the plan's report types (columns), as of the end of <see cref="AsOf"/>.</summary>
public sealed record ReportMatrix(int PlanId, DateOnly AsOf, UnitKind? Kind, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportMatrixRow> Rows);

/// <summary>The expected-versus-received matrix in two SQL queries, whatever the number of units and report types.</summary>
public sealed class ReportMatrixQueries(IDbContextFactory<SteeringDbContext> factory)
{
    private static string Latest(SqlDialect dialect, string column, string extraCondition) =>
        $"(SELECT h.{column} FROM UnitReportHistory h JOIN UnitReports r ON r.Id = h.UnitReportId " +
        $"WHERE r.ReportTypeId = e.ReportTypeId AND r.UnitId = e.UnitId AND h.ChangedAtUtc < {dialect.EndOfDayUtc("@asOf")}{extraCondition} " +
        "ORDER BY h.ChangedAtUtc DESC, h.Id DESC LIMIT 1)";

    private static readonly DialectSql CellsSql = new(dialect => $"""
        WITH cells AS (
            SELECT e.ReportTypeId, e.UnitId, t.DueDate,
                   {Latest(dialect, "Change", "")} AS LastChange,
                   {Latest(dialect, "ChangedAtUtc", $" AND h.Change = {(int)UnitReportChange.Submitted}")} AS ReceivedAtUtc
            FROM ExpectedReports e
            JOIN ReportTypes t ON t.Id = e.ReportTypeId
            JOIN Units u ON u.Id = e.UnitId
            WHERE t.PlanId = @planId AND {PlanFilter.KindCondition("u")}
        )
        SELECT c.ReportTypeId, c.UnitId, u.Code, u.NameVi, u.NameEn, u.Kind, u.IsDemo,
               CASE
                   WHEN c.LastChange IS NULL AND @asOf > c.DueDate THEN {(int)ReportCellState.Missing}
                   WHEN c.LastChange IS NULL THEN {(int)ReportCellState.NotYetDue}
                   WHEN c.LastChange = {(int)UnitReportChange.Returned} THEN {(int)ReportCellState.Returned}
                   WHEN c.ReceivedAtUtc < {dialect.EndOfDayUtc("c.DueDate")} THEN {(int)ReportCellState.ReceivedOnTime}
                   ELSE {(int)ReportCellState.ReceivedLate}
               END AS State
        FROM cells c
        JOIN Units u ON u.Id = c.UnitId
        """);

    /// <param name="kind">Null for all units; <see cref="UnitKind.MemberAgency"/> selects every agency including the standing agency.</param>
    public async Task<ReportMatrix> LoadAsync(int planId, DateOnly asOf, UnitKind? kind = null, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var types = await db.ReportTypes.Where(t => t.PlanId == planId)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.DueDate).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.Code, t.NameVi, t.NameEn, t.PeriodStart, t.PeriodEnd, t.CutoffDate, t.DueDate })
            .ToListAsync(cancellationToken);
        var dialect = SqlDialect.Of(db.Database);
        var cells = await db.Database
            .SqlQueryRaw<CellRow>(
                CellsSql.For(dialect),
                dialect.Parameter("@planId", planId),
                dialect.Parameter("@asOf", asOf),
                PlanFilter.KindParameter(dialect, kind))
            .ToListAsync(cancellationToken);

        var columns = types
            .Select(t => new ReportColumn(
                t.Id, t.Code, t.NameVi, t.NameEn, t.PeriodStart, t.PeriodEnd, t.CutoffDate, t.DueDate,
                ReportCounts.Of(cells.Where(c => c.ReportTypeId == t.Id).Select(c => c.State))))
            .ToList();
        var rows = cells
            .GroupBy(c => c.UnitId)
            .Select(g =>
            {
                var unit = g.First();
                return new ReportMatrixRow(
                    new UnitName(unit.UnitId, unit.Code, unit.NameVi, unit.NameEn, unit.Kind, unit.IsDemo),
                    g.ToDictionary(c => c.ReportTypeId, c => c.State),
                    ReportCounts.Of(g.Select(c => c.State)));
            })
            .OrderBy(r => r.Unit.Kind).ThenBy(r => r.Unit.Code, StringComparer.Ordinal)
            .ToList();
        return new ReportMatrix(planId, asOf, kind, columns, rows);
    }

    /// <summary>One cell as SQL returns it.</summary>
    private sealed class CellRow
    {
        public int ReportTypeId { get; init; }
        public int UnitId { get; init; }
        public required string Code { get; init; }
        public required string NameVi { get; init; }
        public required string NameEn { get; init; }
        public UnitKind Kind { get; init; }
        public bool IsDemo { get; init; }
        public ReportCellState State { get; init; }
    }
}
