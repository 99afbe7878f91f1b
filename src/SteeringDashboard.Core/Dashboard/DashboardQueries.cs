using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Dashboard;

/// <summary>
/// The dashboard's figures, aggregated in SQL: at most four queries per load whatever the number of units (the plan, progress
/// per unit, the trend's points not yet known, the headline indicators with the same months of the previous year). The
/// trend's points of past days are read once (<see cref="PastTrendPoints"/>); the shared dashboards take the headline
/// indicators from <see cref="HeadlineFigureResults"/>, so a saved task reads them again only when figures change.
/// </summary>
public sealed class DashboardQueries(IDbContextFactory<SteeringDbContext> factory, IOptions<PrivacyOptions> privacy, TimeProvider? clock = null)
{
    private readonly PastTrendPoints _pastTrend = new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Days between two points of the trend line.</summary>
    public const int TrendStepDays = 7;

    private static readonly DialectSql UnitProgressSql = new(dialect => $"""
        WITH {AsOfSql.ScoredAssignments(dialect)}
        SELECT u.Id AS UnitId, u.Code, u.NameVi, u.NameEn, u.Kind,
               {AsOfSql.StatusCountColumns}
        FROM Units u
        LEFT JOIN scored s ON s.UnitId = u.Id
        WHERE {PlanFilter.KindCondition("u")}
        GROUP BY u.Id, u.Code, u.NameVi, u.NameEn, u.Kind
        ORDER BY u.Id
        """);

    private static readonly DialectSql TrendSql = new(dialect => $"""
        WITH d AS (SELECT value AS AsOf, {AsOfSql.CutoffUtc(dialect, "value")} AS CutoffUtc FROM {dialect.Dates("@dates")}),
        picked AS MATERIALIZED (
            SELECT d.AsOf, a.DueDate, {AsOfSql.StateColumns("a", "d.CutoffUtc")}
            FROM d
            CROSS JOIN Assignments a
            JOIN PlanTasks t ON t.Id = a.PlanTaskId
            JOIN Programmes p ON p.Id = t.ProgrammeId
            JOIN Units u ON u.Id = a.UnitId
            WHERE t.PlanId = @planId AND {PlanFilter.ProgrammeCondition("p")} AND {PlanFilter.KindCondition("u")}
        ),
        snap AS (
            SELECT k.AsOf, k.DueDate, {AsOfSql.StateAsOf("k", "h")}
            FROM picked k
            LEFT JOIN AssignmentHistory h ON h.Id = k.ChangeId
        )
        SELECT AsOf AS Date,
               COUNT(*) AS Assignments,
               SUM(CASE WHEN State = 2 THEN 1 ELSE 0 END) AS Completed,
               SUM(CASE WHEN State <> 2 AND AsOf > DueDate THEN 1 ELSE 0 END) AS Overdue,
               AVG(Progress) AS AverageProgress
        FROM snap
        GROUP BY AsOf
        ORDER BY AsOf
        """);

    // Each total carries the units with a small figure among those it adds up, so that FigureDisclosure can tell every reader
    // whether it adds up a figure hidden from them. The previous year's total stays NULL when no unit of the filter has a
    // figure for those months (nothing to compare with).
    /// <summary>
    /// The period ends at the last month of the period that has any figure in the plan's year, so that the previous year is
    /// compared over the same months only (as of a date long after the last report, not a part year with a whole one).
    /// </summary>
    private const string LastMonthWithFiguresSql =
        "(SELECT COALESCE(MAX(m.Month), 0) FROM IndicatorValues m WHERE m.Year = @year AND m.Month BETWEEN @fromMonth AND @toMonth)";

    private static readonly DialectSql HeadlineSql = new(dialect => $"""
        SELECT i.Id AS IndicatorId, i.Code, i.NameVi, i.NameEn, i.IsSensitive, {LastMonthWithFiguresSql} AS LastMonth,
               {FigureDisclosure.SumColumnsSql(dialect, "fv.Value", "fv.UnitId", "fv.Year = @year")},
               {FigureDisclosure.SumColumnsSql(dialect, "fv.Value", "fv.UnitId", "fv.Year = @year - 1", "Previous")}
        FROM Indicators i
        JOIN Programmes p ON p.Id = i.ProgrammeId
        LEFT JOIN IndicatorValues fv
            ON fv.IndicatorId = i.Id AND fv.Year IN (@year, @year - 1) AND fv.Month BETWEEN @fromMonth AND {LastMonthWithFiguresSql}
            AND fv.UnitId IN (SELECT u.Id FROM Units u WHERE {PlanFilter.KindCondition("u")})
        WHERE i.IsHeadline = TRUE AND {PlanFilter.ProgrammeCondition("p")}
        GROUP BY i.Id, i.Code, i.NameVi, i.NameEn, i.IsSensitive, i.SortOrder
        ORDER BY i.SortOrder
        """);

    /// <summary>The dashboard for the filter, or null when the plan does not exist.</summary>
    public Task<DashboardData?> LoadAsync(PlanFilter filter, CancellationToken cancellationToken = default) =>
        LoadAsync(filter, headlines: null, cancellationToken);

    /// <summary>
    /// The dashboard for the filter, or null when the plan does not exist; its headline figures come from
    /// <paramref name="headlines"/> when given (kept there until figures change), otherwise they are read with the rest.
    /// </summary>
    public async Task<DashboardData?> LoadAsync(PlanFilter filter, HeadlineFigureResults? headlines, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanQueries.FindAsync(db, filter.PlanId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var units = await UnitProgressAsync(db, filter, cancellationToken);

        var trend = await TrendAsync(db, filter, TrendDates(plan, filter.AsOf), cancellationToken);

        var selection = HeadlineSelection.For(plan, filter);
        var figures = headlines is null
            ? await HeadlinesAsync(db, selection, cancellationToken)
            : await headlines.GetAsync(selection, cancellationToken);
        return new DashboardData(plan, filter, DashboardKpis.From(units), units, trend, figures!.Period, figures.Totals);
    }

    /// <summary>The headline indicators' totals for the selection, in one query.</summary>
    public async Task<HeadlineFigures> LoadHeadlinesAsync(HeadlineSelection selection, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await HeadlinesAsync(db, selection, cancellationToken);
    }

    private async Task<HeadlineFigures> HeadlinesAsync(SteeringDbContext db, HeadlineSelection selection, CancellationToken cancellationToken)
    {
        var dialect = SqlDialect.Of(db.Database);
        var period = selection.Period;
        var rows = await db.Database
            .SqlQueryRaw<HeadlineRow>(
                HeadlineSql.For(dialect),
                [
                    .. PlanFilter.ConditionParameters(dialect, selection.Programme, selection.Kind),
                    dialect.Parameter("@year", period.Year),
                    dialect.Parameter("@fromMonth", period.FromMonth),
                    dialect.Parameter("@toMonth", period.ToMonth),
                    dialect.Parameter("@threshold", privacy.Value.VictimThreshold),
                ])
            .ToListAsync(cancellationToken);
        if (rows.Count > 0)
        {
            period = period with { ToMonth = Math.Min(period.ToMonth, rows[0].LastMonth) };
        }

        var totals = rows
            .Select(h => new IndicatorTotal(
                h.IndicatorId,
                h.Code,
                h.NameVi,
                h.NameEn,
                h.IsSensitive,
                FigureSum.FromSql(h.Value, h.Figures, h.SmallUnits),
                h.PreviousFigures == 0 ? null : FigureSum.FromSql(h.PreviousValue, h.PreviousFigures, h.PreviousSmallUnits)))
            .ToList();
        return new HeadlineFigures(period, totals);
    }

    /// <summary>The trend's points at <paramref name="dates"/> (ascending): those of past days as first read, the others read now in one query.</summary>
    private async Task<List<TrendPoint>> TrendAsync(SteeringDbContext db, PlanFilter filter, IReadOnlyList<DateOnly> dates, CancellationToken cancellationToken)
    {
        var today = HanoiTime.DateOf(_clock.GetUtcNow().UtcDateTime);
        var points = new Dictionary<DateOnly, TrendPoint?>();
        var missing = new List<DateOnly>();
        foreach (var date in dates)
        {
            if (date < today && _pastTrend.TryGet(filter, date, out var known))
            {
                points[date] = known;
            }
            else
            {
                missing.Add(date);
            }
        }

        if (missing.Count > 0)
        {
            var dialect = SqlDialect.Of(db.Database);
            var read = (await db.Database
                    .SqlQueryRaw<TrendPoint>(TrendSql.For(dialect), filter.Parameters(dialect, dialect.DatesParameter("@dates", missing)))
                    .ToListAsync(cancellationToken))
                .ToDictionary(p => p.Date);
            foreach (var date in missing)
            {
                var point = read.GetValueOrDefault(date);
                points[date] = point;
                if (date < today)
                {
                    _pastTrend.Keep(filter, date, point);
                }
            }
        }

        return [.. dates.Select(date => points[date]).OfType<TrendPoint>()];
    }

    /// <summary>Every unit in the filter with its assignments counted by review status (one query).</summary>
    internal static Task<List<UnitProgress>> UnitProgressAsync(SteeringDbContext db, PlanFilter filter, CancellationToken cancellationToken)
    {
        var dialect = SqlDialect.Of(db.Database);
        return db.Database.SqlQueryRaw<UnitProgress>(UnitProgressSql.For(dialect), filter.Parameters(dialect)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Weekly points over the plan's period up to the as-of date, which is always the last point. An as-of date years after
    /// the period adds only itself: the trend's cost does not grow with the age of the data.
    /// </summary>
    public static IReadOnlyList<DateOnly> TrendDates(PlanSummary plan, DateOnly asOf)
    {
        var dates = new List<DateOnly>();
        for (var day = plan.PeriodStart; day < asOf && day <= plan.PeriodEnd; day = day.AddDays(TrendStepDays))
        {
            dates.Add(day);
        }

        dates.Add(asOf);
        return dates;
    }

    private sealed class HeadlineRow
    {
        public int IndicatorId { get; init; }
        public required string Code { get; init; }
        public required string NameVi { get; init; }
        public required string NameEn { get; init; }
        public bool IsSensitive { get; init; }
        public int LastMonth { get; init; }
        public long? Value { get; init; }
        public int Figures { get; init; }
        public string? SmallUnits { get; init; }
        public long? PreviousValue { get; init; }
        public int PreviousFigures { get; init; }
        public string? PreviousSmallUnits { get; init; }
    }
}
