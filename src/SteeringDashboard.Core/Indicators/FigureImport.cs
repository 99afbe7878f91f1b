using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Indicators;

/// <summary>Caps on an imported file (configurable; the defaults fit 30 districts × 40 indicators × 12 months several times).</summary>
public sealed class FigureImportOptions
{
    public int MaxBytes { get; set; } = 5 * 1024 * 1024;

    public int MaxRows { get; set; } = 50_000;
}

/// <summary>One error of one row: the row's number in the file (the header is row 1) and the template column it concerns.</summary>
public sealed record FigureRowError(int Row, string Column, FigureError Code);

public abstract record FigureImportOutcome
{
    private FigureImportOutcome()
    {
    }

    /// <summary>The file could not be read as a figures file; <paramref name="Columns"/> names the missing or unexpected columns.</summary>
    public sealed record FileRejected(FigureFileError Error, IReadOnlyList<string> Columns) : FigureImportOutcome;

    /// <summary>The caller may record figures for none of the file's units (the refusal is audited).</summary>
    public sealed record Forbidden : FigureImportOutcome;

    /// <summary>Nothing was applied: every error of every row.</summary>
    public sealed record Invalid(IReadOnlyList<FigureRowError> Errors) : FigureImportOutcome;

    /// <summary>The whole file was applied in one transaction; rows equal to the stored values were not written.</summary>
    public sealed record Applied(int Added, int Changed, int Unchanged) : FigureImportOutcome;
}

/// <summary>
/// Imports monthly figures from the template's CSV or XLSX: reads the file within caps, validates every row against the
/// same rules as entry (<see cref="FigureRules"/>), and applies all rows in one transaction only when every row is valid.
/// The template's header row names the columns (any order, case-insensitive); a row whose first cell starts with '#'
/// is an instruction or example line and is ignored.
/// </summary>
public sealed class FigureImport(
    IDbContextFactory<SteeringDbContext> factory,
    AccessGuard guard,
    ChangeNotifier notifier,
    TimeProvider clock,
    FigureImportOptions options)
{
    public const string UnitColumn = "UnitCode";
    public const string IndicatorColumn = "IndicatorCode";
    public const string YearColumn = "Year";
    public const string MonthColumn = "Month";
    public const string ValueColumn = "Value";

    public static readonly IReadOnlyList<string> Columns = [UnitColumn, IndicatorColumn, YearColumn, MonthColumn, ValueColumn];

    private const string InstructionPrefix = "#";

    /// <summary>The template: the header row, an instruction row (ignored on import) and one example row, itself marked as an instruction.</summary>
    public static byte[] Template(FigureFileFormat format)
    {
        IReadOnlyList<string>[] rows =
        [
            Columns,
            ["# One row per unit, indicator and month. Value: a whole number ≥ 0. Rows starting with # are ignored. / Mỗi dòng một đơn vị, chỉ tiêu và tháng; giá trị là số nguyên ≥ 0."],
            ["# U01", "IND_CODE", "2018", "6", "12"],
        ];
        return format == FigureFileFormat.Csv ? FigureSheet.WriteCsv(rows) : FigureSheet.WriteXlsx(rows, (_, _) => false);
    }

    public async Task<FigureImportOutcome> ImportAsync(Stream content, FigureFileFormat format, Caller caller, CancellationToken cancellationToken = default)
    {
        var (sheet, fileError) = await FigureSheet.ReadAsync(content, format, options.MaxBytes, options.MaxRows + 1, cancellationToken);
        if (fileError is not null)
        {
            return new FigureImportOutcome.FileRejected(fileError.Value, []);
        }

        var rows = sheet!.Where(r => !r.Cells[0].TrimStart().StartsWith(InstructionPrefix, StringComparison.Ordinal)).ToList();
        if (rows.Count == 0)
        {
            return new FigureImportOutcome.FileRejected(FigureFileError.Empty, []);
        }

        var header = rows[0].Cells.Select(c => c.Trim()).ToList();
        var missing = Columns.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            return new FigureImportOutcome.FileRejected(FigureFileError.MissingColumns, missing);
        }

        var unexpected = header.Where(h => h.Length > 0 && !Columns.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unexpected.Count > 0 || header.Count(h => h.Length > 0) != Columns.Count)
        {
            return new FigureImportOutcome.FileRejected(FigureFileError.UnexpectedColumns, unexpected);
        }

        var data = rows.Skip(1).ToList();
        if (data.Count == 0)
        {
            return new FigureImportOutcome.FileRejected(FigureFileError.Empty, []);
        }

        if (data.Count > options.MaxRows)
        {
            return new FigureImportOutcome.FileRejected(FigureFileError.TooManyRows, []);
        }

        var at = Columns.ToDictionary(c => c, c => header.FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase)));
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Code, i => i.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var today = HanoiTime.DateOf(clock.GetUtcNow().UtcDateTime);

        var errors = new List<FigureRowError>();
        var parsed = new List<(int Row, int UnitId, int IndicatorId, int Year, int Month, int Value)>();
        foreach (var row in data)
        {
            string Cell(string column) => at[column] < row.Cells.Count ? row.Cells[at[column]].Trim() : string.Empty;
            var rowErrors = new List<FigureRowError>();
            void Fail(string column, FigureError code) => rowErrors.Add(new FigureRowError(row.Number, column, code));

            var unitId = Lookup(units, Cell(UnitColumn), UnitColumn, FigureError.UnknownUnit, Fail);
            var indicatorId = Lookup(indicators, Cell(IndicatorColumn), IndicatorColumn, FigureError.UnknownIndicator, Fail);
            var year = Whole(Cell(YearColumn), YearColumn, Fail);
            var month = Whole(Cell(MonthColumn), MonthColumn, Fail);
            if (FigureRules.ParseValue(Cell(ValueColumn), out var value) is { } valueError)
            {
                Fail(ValueColumn, valueError);
            }

            if (year is not null && month is not null)
            {
                foreach (var error in FigureRules.Validate(year.Value, month.Value, value, today))
                {
                    Fail(error == FigureError.MonthOutOfRange ? MonthColumn : YearColumn, error);
                }
            }

            errors.AddRange(rowErrors);
            if (rowErrors.Count == 0)
            {
                parsed.Add((row.Number, unitId!.Value, indicatorId!.Value, year!.Value, month!.Value, value));
            }
        }

        foreach (var duplicate in parsed.GroupBy(p => (p.UnitId, p.IndicatorId, p.Year, p.Month)).Where(g => g.Count() > 1))
        {
            errors.AddRange(duplicate.Skip(1).Select(p => new FigureRowError(p.Row, MonthColumn, FigureError.DuplicateRow)));
        }

        // Each unit is asked of the guard (which audits a refusal); a unit the caller may not record is an error on its rows.
        var refused = new HashSet<int>();
        var unitIds = parsed.Select(p => p.UnitId).Distinct().ToList();
        Actor? actor = null;
        foreach (var unitId in unitIds)
        {
            var allowed = await guard.AuthorizeAsync(caller, SteeringAction.RecordFigures, unitId, $"figure import unit {unitId.ToString(CultureInfo.InvariantCulture)}", cancellationToken);
            if (allowed is null)
            {
                refused.Add(unitId);
            }
            else
            {
                actor = allowed;
            }
        }

        if (unitIds.Count > 0 && refused.Count == unitIds.Count)
        {
            return new FigureImportOutcome.Forbidden();
        }

        errors.AddRange(parsed.Where(p => refused.Contains(p.UnitId)).Select(p => new FigureRowError(p.Row, UnitColumn, FigureError.NotAllowedForUnit)));
        if (errors.Count > 0)
        {
            return new FigureImportOutcome.Invalid([.. errors.OrderBy(e => e.Row).ThenBy(e => Columns.ToList().IndexOf(e.Column))]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fileUnits = parsed.Select(p => p.UnitId).Distinct().ToList();
        var fileIndicators = parsed.Select(p => p.IndicatorId).Distinct().ToList();
        var fromYear = parsed.Min(p => p.Year);
        var toYear = parsed.Max(p => p.Year);
        var stored = await db.IndicatorValues
            .Where(v => fileUnits.Contains(v.UnitId) && fileIndicators.Contains(v.IndicatorId) && v.Year >= fromYear && v.Year <= toYear)
            .ToDictionaryAsync(v => (v.UnitId, v.IndicatorId, v.Year, v.Month), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        int added = 0, changed = 0, unchanged = 0;
        foreach (var p in parsed)
        {
            if (stored.TryGetValue((p.UnitId, p.IndicatorId, p.Year, p.Month), out var existing))
            {
                if (existing.Value == p.Value)
                {
                    unchanged++;
                    continue;
                }

                changed++;
            }
            else
            {
                added++;
                existing = db.IndicatorValues.Add(new IndicatorValue { UnitId = p.UnitId, IndicatorId = p.IndicatorId, Year = p.Year, Month = p.Month }).Entity;
            }

            existing.Value = p.Value;
            existing.UpdatedAtUtc = now;
            existing.Version = Guid.NewGuid();
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (added + changed > 0)
        {
            _ = notifier.Publish(new DataChange(ChangeKind.IndicatorFigures, 0, fileUnits, now, actor!.DisplayName));
        }

        return new FigureImportOutcome.Applied(added, changed, unchanged);
    }

    private static int? Lookup(Dictionary<string, int> codes, string code, string column, FigureError unknown, Action<string, FigureError> fail)
    {
        if (code.Length == 0)
        {
            fail(column, FigureError.Missing);
            return null;
        }

        if (codes.TryGetValue(code, out var id))
        {
            return id;
        }

        fail(column, unknown);
        return null;
    }

    private static int? Whole(string text, string column, Action<string, FigureError> fail)
    {
        if (text.Length == 0)
        {
            fail(column, FigureError.Missing);
            return null;
        }

        var number = FigureRules.ParseWhole(text);
        if (number is null)
        {
            fail(column, FigureError.NotWholeNumber);
        }

        return number;
    }
}
