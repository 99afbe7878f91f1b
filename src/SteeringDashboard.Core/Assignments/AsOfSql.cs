using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;

namespace SteeringDashboard.Core.Assignments;

/// <summary>
/// SQL for an assignment's state as it stood at the end of a Ha Noi date, read from its history:
/// the latest history row written before that day ended; no row yet means not started. An assignment last changed before
/// that day ended is read from its own columns instead, which every change writes in the same transaction as its history
/// row (<see cref="Assignment.UpdatedAtUtc"/> is that row's time): the same answer without a search of the history, which
/// is every assignment as of today.
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
    /// Columns IsCurrent, CurrentState, CurrentProgress, CurrentCompletedOn and ChangeId of an assignment as of
    /// <paramref name="cutoffUtc"/>: when it was last changed before then, its own columns (IsCurrent true, no history
    /// searched); otherwise the id of its latest history row before then (<see cref="LatestChangeId"/>).
    /// </summary>
    public static string StateColumns(string assignment, string cutoffUtc) =>
        $"{assignment}.UpdatedAtUtc < {cutoffUtc} AS IsCurrent, {assignment}.State AS CurrentState, " +
        $"{assignment}.Progress AS CurrentProgress, {assignment}.CompletedOn AS CurrentCompletedOn, " +
        $"CASE WHEN {assignment}.UpdatedAtUtc < {cutoffUtc} THEN NULL ELSE {LatestChangeId(assignment, cutoffUtc)} END AS ChangeId";

    /// <summary>
    /// State, Progress and CompletedOn of a row of <see cref="StateColumns"/> aliased <paramref name="picked"/>, left-joined
    /// to AssignmentHistory aliased <paramref name="history"/> on its ChangeId.
    /// </summary>
    public static string StateAsOf(string picked, string history) =>
        $"CASE WHEN {picked}.IsCurrent THEN {picked}.CurrentState ELSE COALESCE({history}.NewState, 0) END AS State, " +
        $"CASE WHEN {picked}.IsCurrent THEN {picked}.CurrentProgress ELSE COALESCE({history}.NewProgress, 0) END AS Progress, " +
        $"CASE WHEN {picked}.IsCurrent THEN {picked}.CurrentCompletedOn ELSE {history}.NewCompletedOn END AS CompletedOn";

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
            SELECT a.Id AS AssignmentId, a.PlanTaskId, a.UnitId, a.DueDate, {StateColumns("a", CutoffUtc(dialect, "@asOf"))}
            FROM Assignments a
            JOIN PlanTasks t ON t.Id = a.PlanTaskId
            JOIN Programmes p ON p.Id = t.ProgrammeId
            WHERE t.PlanId = @planId AND {Plans.PlanFilter.ProgrammeCondition("p")}
        ),
        snap AS (
            SELECT k.AssignmentId, k.PlanTaskId, k.UnitId, k.DueDate, {StateAsOf("k", "h")}
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
