using System.Globalization;

namespace SteeringDashboard.Core.Assignments;

/// <summary>
/// SQL for an assignment's state as it stood at the end of a Ha Noi date, read from its history:
/// the latest history row written before that day ended; no row yet means not started.
/// </summary>
internal static class AsOfSql
{
    private static readonly string HoursBehindUtc = HanoiTime.Offset.TotalHours.ToString(CultureInfo.InvariantCulture);

    /// <summary>The UTC instant (as stored text) at which the Ha Noi date in <paramref name="dateExpression"/> ends.</summary>
    private static string CutoffUtc(string dateExpression) =>
        $"strftime('%Y-%m-%d %H:%M:%S', {dateExpression}, '+1 day', '-{HoursBehindUtc} hours')";

    private static string Latest(string column, string assignment, string dateExpression) =>
        $"(SELECT h.{column} FROM AssignmentHistory h WHERE h.AssignmentId = {assignment}.Id " +
        $"AND h.ChangedAtUtc < {CutoffUtc(dateExpression)} ORDER BY h.ChangedAtUtc DESC, h.Id DESC LIMIT 1)";

    public static string State(string assignment, string dateExpression) =>
        $"COALESCE({Latest("NewState", assignment, dateExpression)}, 0)";

    public static string Progress(string assignment, string dateExpression) =>
        $"COALESCE({Latest("NewProgress", assignment, dateExpression)}, 0)";

    public static string CompletedOn(string assignment, string dateExpression) =>
        Latest("NewCompletedOn", assignment, dateExpression);

    public static string LastChangedUtc(string assignment, string dateExpression) =>
        Latest("ChangedAtUtc", assignment, dateExpression);

    /// <summary>
    /// The review status (1..4, <see cref="ReviewStatus"/>) from columns State, CompletedOn, DueDate and the as-of date;
    /// the same rules as <see cref="ReviewStatusRules.Derive"/>.
    /// </summary>
    public static string ReviewStatus(string state, string completedOn, string dueDate, string asOf) =>
        $"CASE WHEN {state} = 2 AND {completedOn} <= {dueDate} THEN 1 " +
        $"WHEN {state} = 2 THEN 2 " +
        $"WHEN {asOf} <= {dueDate} THEN 3 ELSE 4 END";

    /// <summary>
    /// CTEs "snap" and "scored": the plan's assignments (programme filter applied) with their progress and
    /// review status as of @asOf. Columns of scored: AssignmentId, PlanTaskId, UnitId, Progress, Status.
    /// </summary>
    public static readonly string ScoredAssignments = $"""
        snap AS (
            SELECT a.Id AS AssignmentId, a.PlanTaskId, a.UnitId, a.DueDate,
                   {State("a", "@asOf")} AS State,
                   {Progress("a", "@asOf")} AS Progress,
                   {CompletedOn("a", "@asOf")} AS CompletedOn
            FROM Assignments a
            JOIN PlanTasks t ON t.Id = a.PlanTaskId
            JOIN Programmes p ON p.Id = t.ProgrammeId
            WHERE t.PlanId = @planId AND {Dashboard.DashboardFilter.ProgrammeCondition("p")}
        ),
        scored AS (
            SELECT AssignmentId, PlanTaskId, UnitId, Progress, {ReviewStatus("State", "CompletedOn", "DueDate", "@asOf")} AS Status
            FROM snap
        )
        """;

    /// <summary>Counts by review status and mean progress over rows of "scored" aliased s (see <see cref="Dashboard.StatusCounts"/>).</summary>
    public const string StatusCountColumns = """
        COUNT(s.AssignmentId) AS Assignments,
        COALESCE(SUM(s.Status = 1), 0) AS CompletedOnTime,
        COALESCE(SUM(s.Status = 2), 0) AS CompletedLate,
        COALESCE(SUM(s.Status = 3), 0) AS InProgressWithinDeadline,
        COALESCE(SUM(s.Status = 4), 0) AS Overdue,
        AVG(s.Progress) AS AverageProgress
        """;
}
