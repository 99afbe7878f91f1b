using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.CrashTest;

/// <summary>
/// Imports of one unit's monthly figures through POST /figures/import/file: each a CSV of three figures of the unit's
/// indicators in the months of the last year, applied all together or not at all.
/// </summary>
public sealed class FigureWriter(string name, Random random, int unitId, string unitCode, IReadOnlyList<(int Id, string Code)> indicators, int year)
    : Writer(name, random)
{
    private const int RowsPerImport = 3;
    private readonly Dictionary<Cell, int?> _lastAcknowledged = [];
    private int _acknowledged;
    private Dictionary<Cell, int>? _inFlight;

    public override string Kind => "figure imports";

    public override int Acknowledged => _acknowledged;

    public override bool InFlight => _inFlight is not null;

    public override async Task PrepareAsync(SteeringDbContext db, CancellationToken cancellationToken)
    {
        var ids = indicators.Select(i => i.Id).ToList();
        var stored = await db.IndicatorValues.Where(v => v.UnitId == unitId && v.Year == year && ids.Contains(v.IndicatorId))
            .ToDictionaryAsync(v => new Cell(v.IndicatorId, v.Month), v => v.Value, cancellationToken);
        _lastAcknowledged.Clear();
        foreach (var (id, _) in indicators)
        {
            for (var month = 1; month <= 12; month++)
            {
                var cell = new Cell(id, month);
                _lastAcknowledged[cell] = stored.TryGetValue(cell, out var value) ? value : null;
            }
        }
    }

    public override async Task CheckAsync(SteeringDbContext db, StoredFiles files, List<string> failures, CancellationToken cancellationToken)
    {
        var ids = indicators.Select(i => i.Id).ToList();
        var stored = await db.IndicatorValues.Where(v => v.UnitId == unitId && v.Year == year && ids.Contains(v.IndicatorId))
            .ToDictionaryAsync(v => new Cell(v.IndicatorId, v.Month), v => (int?)v.Value, cancellationToken);
        int? Stored(Cell cell) => stored.GetValueOrDefault(cell);

        foreach (var (cell, value) in _lastAcknowledged.Where(c => _inFlight?.ContainsKey(c.Key) != true && Stored(c.Key) != c.Value))
        {
            failures.Add($"{Name}: figure {cell} is {Stored(cell)}, the last acknowledged import set {value}");
        }

        if (_inFlight is not null)
        {
            // The import in flight at the kill is in the store as a whole or not at all.
            var applied = _inFlight.All(c => Stored(c.Key) == c.Value);
            var notApplied = _inFlight.All(c => Stored(c.Key) == _lastAcknowledged[c.Key]);
            if (!applied && !notApplied)
            {
                failures.Add($"{Name}: the import in flight at the kill is in the store in part: "
                    + string.Join(", ", _inFlight.Select(c => $"{c.Key} sent {c.Value}, before {_lastAcknowledged[c.Key]}, stored {Stored(c.Key)}")));
            }
        }

        var changes = await db.IndicatorValueChanges.Where(c => c.UnitId == unitId && c.Year == year && ids.Contains(c.IndicatorId))
            .GroupBy(c => new { c.IndicatorId, c.Month })
            .Select(g => new { g.Key.IndicatorId, g.Key.Month, g.OrderByDescending(c => c.Id).First().NewValue })
            .ToListAsync(cancellationToken);
        foreach (var change in changes.Where(c => Stored(new Cell(c.IndicatorId, c.Month)) != c.NewValue))
        {
            failures.Add($"{Name}: figure {new Cell(change.IndicatorId, change.Month)} is {Stored(new Cell(change.IndicatorId, change.Month))}, its history's latest line says {change.NewValue}");
        }
    }

    protected override async Task WriteOnceAsync(WriterSession session, CancellationToken cancellationToken)
    {
        var rows = indicators.SelectMany(i => Enumerable.Range(1, 12).Select(month => (Indicator: i, Month: month)))
            .OrderBy(_ => Random.Next())
            .Take(RowsPerImport)
            .Select(r => (r.Indicator, r.Month, Value: Random.Next(0, 10)))
            .ToList();
        var csv = new StringBuilder("UnitCode,IndicatorCode,Year,Month,Value\n");
        foreach (var (indicator, month, value) in rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{unitCode},{indicator.Code},{year},{month},{value}\n");
        }

        _inFlight = rows.ToDictionary(r => new Cell(r.Indicator.Id, r.Month), r => r.Value);
        var answer = await session.ImportFiguresAsync(csv.ToString(), rows.Count, cancellationToken);
        var sent = _inFlight;
        _inFlight = null;
        if (IsSaved(answer))
        {
            _acknowledged++;
            foreach (var (cell, value) in sent)
            {
                _lastAcknowledged[cell] = value;
            }
        }
        else
        {
            Refused(answer);
        }
    }

    private sealed record Cell(int IndicatorId, int Month);
}
