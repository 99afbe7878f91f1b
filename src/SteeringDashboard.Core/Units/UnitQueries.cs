using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;

namespace SteeringDashboard.Core.Units;

/// <summary>One indicator's value for one month.</summary>
public sealed class IndicatorMonthValue
{
    public int IndicatorId { get; init; }
    public required string Code { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    public IndicatorGroup Group { get; init; }
    public bool IsSensitive { get; init; }
    public int Month { get; init; }
    public int Value { get; init; }

    /// <summary>The value for the same month of the previous year; null when none was reported.</summary>
    public int? PreviousValue { get; init; }
}

/// <summary>A unit's place among its peers (all district-level units, or all agencies) by mean progress.</summary>
/// <param name="Rank">1 is the best; units with equal progress share a rank.</param>
public sealed record PeerRank(int Rank, int PeerCount);

public sealed record UnitDetail(
    PlanSummary Plan,
    DateOnly AsOf,
    UnitName Unit,
    UnitProgress Progress,
    PeerRank Rank,
    IReadOnlyList<AssignmentRow> Assignments,
    FigurePeriod Figures,
    IReadOnlyList<IndicatorMonthValue> MonthlyFigures);

/// <summary>Everything the unit page shows, in five queries (the monthly figures come with the same months of the previous year).</summary>
public sealed class UnitQueries(IDbContextFactory<SteeringDbContext> factory)
{
    private const string MonthlySql = """
        SELECT i.Id AS IndicatorId, i.Code, i.NameVi, i.NameEn, i."group" AS "Group", i.IsSensitive, v.Month, v.Value, pv.Value AS PreviousValue
        FROM IndicatorValues v
        JOIN Indicators i ON i.Id = v.IndicatorId
        LEFT JOIN IndicatorValues pv
            ON pv.IndicatorId = v.IndicatorId AND pv.UnitId = v.UnitId AND pv.Year = v.Year - 1 AND pv.Month = v.Month
        WHERE v.UnitId = @unitId AND v.Year = @year AND v.Month BETWEEN @fromMonth AND @toMonth
        ORDER BY i.SortOrder, v.Month
        """;

    /// <summary>The unit's page, or null when the plan or the unit does not exist.</summary>
    public async Task<UnitDetail?> LoadAsync(int planId, string unitCode, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanQueries.FindAsync(db, planId, cancellationToken);
        var unit = await db.Units
            .Where(u => u.Code == unitCode)
            .Select(u => new UnitName(u.Id, u.Code, u.NameVi, u.NameEn, u.Kind, u.IsDemo))
            .SingleOrDefaultAsync(cancellationToken);
        if (plan is null || unit is null)
        {
            return null;
        }

        var filter = new PlanFilter(planId, asOf);
        var everyUnit = await DashboardQueries.UnitProgressAsync(db, filter, cancellationToken);
        var assignments = await AssignmentQueries.ListAsync(db, filter, unit.Id, cancellationToken);

        var figures = FigurePeriod.For(plan, asOf);
        var dialect = SqlDialect.Of(db.Database);
        var monthly = await db.Database
            .SqlQueryRaw<IndicatorMonthValue>(
                MonthlySql,
                dialect.Parameter("@unitId", unit.Id),
                dialect.Parameter("@year", figures.Year),
                dialect.Parameter("@fromMonth", figures.FromMonth),
                dialect.Parameter("@toMonth", figures.ToMonth))
            .ToListAsync(cancellationToken);

        var progress = everyUnit.Single(u => u.UnitId == unit.Id);
        return new UnitDetail(plan, asOf, unit, progress, RankAmongPeers(progress, everyUnit), assignments, figures, monthly);
    }

    /// <summary>Competition ranking by mean progress among units of the same group; units without assignments rank last.</summary>
    public static PeerRank RankAmongPeers(UnitProgress unit, IEnumerable<UnitProgress> everyUnit)
    {
        var peers = everyUnit.Where(u => u.Kind.IsDistrictLevel() == unit.Kind.IsDistrictLevel()).ToList();
        var own = unit.AverageProgress ?? -1;
        var better = peers.Count(p => (p.AverageProgress ?? -1) > own);
        return new PeerRank(better + 1, peers.Count);
    }
}
