using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;

namespace SteeringDashboard.Core.Assignments;

/// <summary>
/// SQL for an assignment's state as it stood at the end of a Ha Noi date, read from its history:
/// the latest history row written before that day ended; no row yet means not started.
/// </summary>
internal static class AsOfSql
{
    /// <summary>The UTC instant (as stored text) at which the Ha Noi date in <paramref name="dateExpression"/> ends.</summary>
    public static string CutoffUtc(SqlDialect dialect, string dateExpression) => dialect.EndOfDayUtc(dateExpression);

    /// <summary>
    /// The id of the assignment's latest history row written before <paramref name="cutoffUtc"/>, or null: one search of the index on
    /// (AssignmentId, ChangedAtUtc) that reads no table row. Join AssignmentHistory on this id (after materializing the rows that
    /// carry it, so that SQLite runs the search once per row) to read the state, progress and completion date of that change.
    /// </summary>
    public static string LatestChangeId(string assignment, string cutoffUtc) =>
        $"(SELECT h.Id FROM AssignmentHistory h WHERE h.AssignmentId = {assignment}.Id " +
        $"AND h.ChangedAtUtc < {cutoffUtc} ORDER BY h.ChangedAtUtc DESC, h.Id DESC LIMIT 1)";

    /// <summary>
    /// The deadline status (1..4, <see cref="DeadlineStatus"/>) from columns State, CompletedOn, DueDate and the as-of date;
    /// the same rules as <see cref="DeadlineStatusRules.Derive"/>.
    /// </summary>
    public static string DeadlineStatus(string state, string completedOn, string dueDate, string asOf) =>
        $"CASE WHEN {state} = 2 AND {completedOn} <= {dueDate} THEN 1 " +
        $"WHEN {state} = 2 THEN 2 " +
        $"WHEN {asOf} <= {dueDate} THEN 3 ELSE 4 END";

    /// <summary>
    /// CTEs "picked", "snap" and "scored": the plan's assignments (programme filter applied) with their progress and
    /// deadline status as of @asOf. Columns of scored: AssignmentId, PlanTaskId, UnitId, Progress, Status.
    /// </summary>
    public static string ScoredAssignments(SqlDialect dialect) => $"""
        picked AS MATERIALIZED (
            SELECT a.Id AS AssignmentId, a.PlanTaskId, a.UnitId, a.DueDate, {LatestChangeId("a", CutoffUtc(dialect, "@asOf"))} AS ChangeId
            FROM Assignments a
            JOIN PlanTasks t ON t.Id = a.PlanTaskId
            JOIN Programmes p ON p.Id = t.ProgrammeId
            WHERE t.PlanId = @planId AND {Plans.PlanFilter.ProgrammeCondition("p")}
        ),
        snap AS (
            SELECT k.AssignmentId, k.PlanTaskId, k.UnitId, k.DueDate,
                   COALESCE(h.NewState, 0) AS State, COALESCE(h.NewProgress, 0) AS Progress, h.NewCompletedOn AS CompletedOn
            FROM picked k
            LEFT JOIN AssignmentHistory h ON h.Id = k.ChangeId
        ),
        scored AS (
            SELECT AssignmentId, PlanTaskId, UnitId, Progress, {DeadlineStatus("State", "CompletedOn", "DueDate", "@asOf")} AS Status
            FROM snap
        )
        """;

    /// <summary>Counts by deadline status and mean progress over rows of "scored" aliased s (see <see cref="Dashboard.StatusCounts"/>).</summary>
    public const string StatusCountColumns = """
        COUNT(s.AssignmentId) AS Assignments,
        COALESCE(SUM(CASE WHEN s.Status = 1 THEN 1 ELSE 0 END), 0) AS CompletedOnTime,
        COALESCE(SUM(CASE WHEN s.Status = 2 THEN 1 ELSE 0 END), 0) AS CompletedLate,
        COALESCE(SUM(CASE WHEN s.Status = 3 THEN 1 ELSE 0 END), 0) AS InProgressWithinDeadline,
        COALESCE(SUM(CASE WHEN s.Status = 4 THEN 1 ELSE 0 END), 0) AS Overdue,
        AVG(s.Progress) AS AverageProgress
        """;
}
