using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;

namespace SteeringDashboard.Web.Tests.Features.Indicators;

/// <summary>
/// Hand-written figures on the seeded reference data (no demo figures), 2018: Ba Đình victims rescued 3 in June and 6 in July,
/// Hoàn Kiếm 7 in June; Ba Đình communication sessions 12 in June and 20 in July. Ha Noi's clock stands at 10/08/2018.
/// </summary>
public static class FigureScenario
{
    public const string BaDinh = "BA-DINH";
    public const string HoanKiem = "HOAN-KIEM";
    public const string VictimsRescued = "VIC_RESCUED";
    public const string Sessions = "COMM_SESSIONS";

    public static readonly DateTimeOffset Now = new(2018, 8, 10, 3, 0, 0, TimeSpan.Zero);

    public static async Task AddAsync(IDbContextFactory<SteeringDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Code, i => i.Id);
        foreach (var (unit, indicator, month, value) in new[]
        {
            (BaDinh, VictimsRescued, 6, 3), (BaDinh, VictimsRescued, 7, 6), (HoanKiem, VictimsRescued, 6, 7),
            (BaDinh, Sessions, 6, 12), (BaDinh, Sessions, 7, 20),
        })
        {
            db.IndicatorValues.Add(new IndicatorValue
            {
                UnitId = units[unit], IndicatorId = indicators[indicator], Year = 2018, Month = month, Value = value,
                UpdatedAtUtc = new DateTime(2018, 8, 1, 2, 0, 0, DateTimeKind.Utc), UpdatedBy = "Earlier reporter", Version = Guid.NewGuid(),
            });
        }

        await db.SaveChangesAsync();
    }

    public static async Task<int> UnitIdAsync(IDbContextFactory<SteeringDbContext> factory, string code)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    public static async Task<int?> StoredAsync(IDbContextFactory<SteeringDbContext> factory, string unit, string indicator, int month)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.IndicatorValues
            .Where(v => v.Year == 2018 && v.Month == month && db.Units.Any(u => u.Id == v.UnitId && u.Code == unit) && db.Indicators.Any(i => i.Id == v.IndicatorId && i.Code == indicator))
            .Select(v => (int?)v.Value)
            .SingleOrDefaultAsync();
    }
}
