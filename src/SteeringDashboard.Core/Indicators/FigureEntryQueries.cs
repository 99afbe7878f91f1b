using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Indicators;

/// <summary>
/// One indicator on a unit's monthly entry form: whether the unit reports it (it has recorded it in some month), and the
/// month's stored value with its version, time and author (null when the month has no value yet).
/// </summary>
public sealed record FigureEntryLine(FigureIndicator Indicator, bool Reports, FigureSnapshot? Current);

/// <summary>The units whose figures can be entered, and one unit's month as the entry form shows it.</summary>
public sealed class FigureEntryQueries(IDbContextFactory<SteeringDbContext> factory)
{
    /// <summary>Every indicator (by programme, group and sort order) with the unit's value for the month, in three queries.</summary>
    public async Task<IReadOnlyList<FigureEntryLine>> LoadAsync(int unitId, int year, int month, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var indicators = await db.Indicators
            .OrderBy(i => i.Programme!.Code).ThenBy(i => i.Group).ThenBy(i => i.SortOrder)
            .Select(i => new FigureIndicator(i.Id, i.Code, i.NameVi, i.NameEn, i.Programme!.Code, i.Programme.NameVi, i.Programme.NameEn, i.Group, i.IsSensitive))
            .ToListAsync(cancellationToken);
        var reported = (await db.IndicatorValues.Where(v => v.UnitId == unitId).Select(v => v.IndicatorId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var stored = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.UnitId == unitId && v.Year == year && v.Month == month)
            .ToDictionaryAsync(v => v.IndicatorId, IndicatorEntryService.Snapshot, cancellationToken);
        return [.. indicators.Select(i => new FigureEntryLine(i, reported.Contains(i.Id), stored.GetValueOrDefault(i.Id)))];
    }
}
