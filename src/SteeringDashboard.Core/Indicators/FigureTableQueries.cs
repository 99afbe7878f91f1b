using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Indicators;

/// <summary>
/// Which monthly figures a figures table adds up: the units (one kind, or one unit by code, or all), the indicators (one
/// programme and/or indicator group, or one indicator by code, or all) and the months of one year.
/// </summary>
/// <param name="Kind">Null for every kind; <see cref="UnitKind.MemberAgency"/> includes the standing agency, as on the dashboard.</param>
public sealed record FigureFilter(
    int Year,
    int FromMonth = 1,
    int ToMonth = 12,
    UnitKind? Kind = null,
    string? UnitCode = null,
    ProgrammeCode? Programme = null,
    IndicatorGroup? Group = null,
    string? IndicatorCode = null)
{
    /// <summary>The filter with months put in 1..12 and in order.</summary>
    public FigureFilter Normalized()
    {
        var from = Math.Clamp(FromMonth, 1, 12);
        var to = Math.Clamp(ToMonth, 1, 12);
        return this with
        {
            FromMonth = Math.Min(from, to),
            ToMonth = Math.Max(from, to),
            UnitCode = string.IsNullOrWhiteSpace(UnitCode) ? null : UnitCode.Trim(),
            IndicatorCode = string.IsNullOrWhiteSpace(IndicatorCode) ? null : IndicatorCode.Trim(),
        };
    }
}

/// <summary>An indicator as a figures table lists it.</summary>
public sealed record FigureIndicator(
    int Id, string Code, string NameVi, string NameEn, ProgrammeCode Programme, string ProgrammeNameVi, string ProgrammeNameEn,
    IndicatorGroup Group, bool IsSensitive);

/// <summary>One indicator's figures in one month added up over the filter's units (as read: the reader's disclosure comes later).</summary>
public sealed record FigureMonthTotal(int IndicatorId, int Month, FigureSum Total);

/// <summary>A unit to choose in the filter.</summary>
public sealed record FigureUnitOption(int Id, string Code, string NameVi, string NameEn, UnitKind Kind);

/// <summary>The choices of the filter: units, programmes and indicators, the years with figures (latest first) and each year's last month with a figure.</summary>
public sealed record FigureFilterOptions(
    IReadOnlyList<FigureUnitOption> Units,
    IReadOnlyList<Programme> Programmes,
    IReadOnlyList<FigureIndicator> Indicators,
    IReadOnlyDictionary<int, int> LastMonthByYear,
    bool HasDemoData);

/// <summary>
/// What a figures table shows for one filter, before any reader: the indicators with figures in the period (by programme, group
/// and sort order) and their monthly sums.
/// </summary>
public sealed record FigureTableData(FigureFilter Filter, IReadOnlyList<FigureIndicator> Indicators, IReadOnlyList<FigureMonthTotal> Totals);

/// <summary>The figures tables' reads: the filter's choices (three queries) and one table (two queries), summed in SQL.</summary>
public sealed class FigureTableQueries(IDbContextFactory<SteeringDbContext> factory)
{
    private static readonly DialectSql TotalsSql = new(dialect => $"""
        SELECT v.IndicatorId, v.Month, {FigureDisclosure.SumColumnsSql(dialect, "v.Value", "v.UnitId")}
        FROM IndicatorValues v
        JOIN Indicators i ON i.Id = v.IndicatorId
        JOIN Programmes p ON p.Id = i.ProgrammeId
        JOIN Units u ON u.Id = v.UnitId
        WHERE v.Year = @year AND v.Month BETWEEN @fromMonth AND @toMonth
          AND (@unitCode IS NULL OR u.Code = @unitCode)
          AND {PlanFilter.KindCondition("u")}
          AND {PlanFilter.ProgrammeCondition("p")}
          AND (@group = 0 OR i."group" = @group)
          AND (@indicatorCode IS NULL OR i.Code = @indicatorCode)
        GROUP BY v.IndicatorId, v.Month
        """);

    public async Task<FigureFilterOptions> LoadOptionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var units = await db.Units.OrderBy(u => u.Kind).ThenBy(u => u.Code)
            .Select(u => new FigureUnitOption(u.Id, u.Code, u.NameVi, u.NameEn, u.Kind))
            .ToListAsync(cancellationToken);
        var programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var indicators = await IndicatorsAsync(db, cancellationToken);
        var years = await db.IndicatorValues.GroupBy(v => v.Year)
            .Select(g => new { Year = g.Key, LastMonth = g.Max(v => v.Month) })
            .ToDictionaryAsync(y => y.Year, y => y.LastMonth, cancellationToken);
        var hasDemoData = await db.Plans.AnyAsync(p => p.HasDemoData, cancellationToken);
        return new FigureFilterOptions(units, programmes, indicators, years, hasDemoData);
    }

    /// <summary>The table for <paramref name="filter"/>, its sums carrying the units of their figures below <paramref name="threshold"/>.</summary>
    public async Task<FigureTableData> LoadAsync(FigureFilter filter, int threshold, CancellationToken cancellationToken = default)
    {
        filter = filter.Normalized();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var dialect = SqlDialect.Of(db.Database);
        var totals = (await db.Database.SqlQueryRaw<TotalRow>(
                TotalsSql.For(dialect),
                [
                    dialect.Parameter("@threshold", threshold),
                    dialect.Parameter("@year", filter.Year),
                    dialect.Parameter("@fromMonth", filter.FromMonth),
                    dialect.Parameter("@toMonth", filter.ToMonth),
                    dialect.TextParameter("@unitCode", filter.UnitCode),
                    .. PlanFilter.ConditionParameters(dialect, filter.Programme, filter.Kind),
                    dialect.Parameter("@group", (int?)filter.Group ?? 0),
                    dialect.TextParameter("@indicatorCode", filter.IndicatorCode),
                ])
            .ToListAsync(cancellationToken))
            .Select(t => new FigureMonthTotal(t.IndicatorId, t.Month, FigureSum.FromSql(t.Value, t.Figures, t.SmallUnits)))
            .ToList();

        var reported = totals.Select(t => t.IndicatorId).ToHashSet();
        return new FigureTableData(filter, await IndicatorsAsync(db, cancellationToken, reported), totals);
    }

    private static async Task<IReadOnlyList<FigureIndicator>> IndicatorsAsync(SteeringDbContext db, CancellationToken cancellationToken, HashSet<int>? only = null)
    {
        var query = db.Indicators.AsQueryable();
        if (only is not null)
        {
            query = query.Where(i => only.Contains(i.Id));
        }

        return await query
            .OrderBy(i => i.Programme!.Code).ThenBy(i => i.Group).ThenBy(i => i.SortOrder)
            .Select(i => new FigureIndicator(i.Id, i.Code, i.NameVi, i.NameEn, i.Programme!.Code, i.Programme.NameVi, i.Programme.NameEn, i.Group, i.IsSensitive))
            .ToListAsync(cancellationToken);
    }

    private sealed class TotalRow
    {
        public int IndicatorId { get; init; }
        public int Month { get; init; }
        public long? Value { get; init; }
        public int Figures { get; init; }
        public string? SmallUnits { get; init; }
    }
}
