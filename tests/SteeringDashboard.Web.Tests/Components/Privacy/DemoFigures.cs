using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Web.Tests.Components.Privacy;

internal sealed record Cell(int UnitId, int IndicatorId, int Year, int Month) : IComparable<Cell>
{
    public int CompareTo(Cell? other) => other is null ? 1 : (IndicatorId, Year, UnitId, Month).CompareTo((other.IndicatorId, other.Year, other.UnitId, other.Month));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{UnitId}/{IndicatorId}/{Year}-{Month:00}");
}

internal sealed record DemoUnit(int Id, string Code, string NameEn, UnitKind Kind);

internal sealed record DemoIndicator(int Id, string Code, bool IsSensitive);

internal sealed record ShownFigure(string Where, IReadOnlyList<Cell> Cells, long Value);

internal sealed record DemoFigures(
    int PlanId, int ConferenceId, IReadOnlyList<DemoUnit> Units, IReadOnlyDictionary<int, DemoIndicator> Indicators,
    IReadOnlyDictionary<Cell, long> Values, IReadOnlyList<DateOnly> MonthEnds)
{
    /// <summary>The demo plan, its first conference, units, indicators and every stored monthly figure.</summary>
    public static async Task<DemoFigures> LoadAsync(IServiceProvider services, CancellationToken cancellation)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(cancellation);
        var plan = await db.Plans.OrderBy(p => p.Id).Select(p => new { p.Id, p.PeriodStart }).FirstAsync(cancellation);
        var conference = await db.Conferences.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(cancellation);
        var units = await db.Units.Select(u => new DemoUnit(u.Id, u.Code, u.NameEn, u.Kind)).ToListAsync(cancellation);
        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Id, i => new DemoIndicator(i.Id, i.Code, i.IsSensitive), cancellation);
        var values = await db.IndicatorValues.Select(v => new { v.UnitId, v.IndicatorId, v.Year, v.Month, v.Value }).ToListAsync(cancellation);
        var monthEnds = Enumerable.Range(1, 12).Select(m => new DateOnly(plan.PeriodStart.Year, m, 1).AddMonths(1).AddDays(-1)).ToList();
        return new DemoFigures(
            plan.Id,
            conference,
            units,
            indicators,
            values.ToDictionary(v => new Cell(v.UnitId, v.IndicatorId, v.Year, v.Month), v => (long)v.Value),
            monthEnds);
    }

    public IReadOnlyList<int> Years => [.. Values.Keys.Select(c => c.Year).Distinct().Order()];

    public IReadOnlySet<string> IndicatorCodes => Indicators.Values.Select(i => i.Code).ToHashSet();

    public int IndicatorOf(string code) => Indicators.Values.Single(i => i.Code == code).Id;

    /// <summary>The reported unit-months of one indicator in the months of one year, of the units selected.</summary>
    public List<Cell> Cells(int indicatorId, int year, int fromMonth, int toMonth, Func<DemoUnit, bool> selected) =>
    [
        .. Units.Where(selected)
            .SelectMany(u => Enumerable.Range(fromMonth, Math.Max(0, toMonth - fromMonth + 1)).Select(m => new Cell(u.Id, indicatorId, year, m)))
            .Where(Values.ContainsKey),
    ];

    public string Describe(Cell cell) =>
        $"{Units.Single(u => u.Id == cell.UnitId).Code} {Indicators[cell.IndicatorId].Code} {cell.Month:00}/{cell.Year}";
}

/// <summary>What one reader was shown exactly, and any shown number that is not the sum of the unit-months it stands for.</summary>
internal sealed class Shown(DemoFigures data)
{
    public List<ShownFigure> Figures { get; } = [];

    public List<string> Mismatches { get; } = [];

    public void Add(string where, IEnumerable<Cell> cells, DisclosedFigure? figure)
    {
        if (figure is { Visibility: FigureVisibility.Exact, Value: { } value })
        {
            Add(where, cells, value);
        }
    }

    /// <summary>A cell of an exported file: a number when the reader sees it exactly, else the text of a hidden or empty figure.</summary>
    public void Add(string where, IEnumerable<Cell> cells, string text)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Add(where, cells, value);
        }
    }

    /// <summary>A number the reader is shown (a same-period change shows both of its figures); null when none is shown.</summary>
    public void Add(string where, IEnumerable<Cell> cells, long? shown)
    {
        if (shown is not { } value)
        {
            return;
        }

        var list = cells.Where(data.Values.ContainsKey).ToList();
        var actual = list.Sum(c => data.Values[c]);
        if (actual != value)
        {
            Mismatches.Add($"{where}: shows {value} for unit-months adding up to {actual}");
        }

        Figures.Add(new ShownFigure(where, list, value));
    }
}
