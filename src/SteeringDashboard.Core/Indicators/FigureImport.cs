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

    /// <summary>The most cells a file may have (empty ones before a later cell included; for XLSX also rows and shared strings).</summary>
    public int MaxCells { get; set; } = 500_000;

    /// <summary>The most an XLSX workbook may unpack to, each part and all together.</summary>
    public long MaxUnpackedBytes { get; set; } = 32 * 1024 * 1024;
}

/// <summary>One error of one row: the row's number in the file (the header is row 1) and the template column it concerns.</summary>
public sealed record FigureRowError(int Row, string Column, FigureError Code);

/// <summary>A unit's or an indicator's code with its names, to show a row of the file in the user's language.</summary>
public sealed record CodedName(string Code, string NameVi, string NameEn);

/// <summary>A row of the file that would add a figure (<paramref name="Old"/> null) or change the stored one.</summary>
public sealed record FigureChangeRow(int Row, CodedName Unit, CodedName Indicator, int Year, int Month, int? Old, int New);

/// <summary>
/// A row of the file that would add or change a value far outside the unit's own history (see <see cref="FigureRules.IsOutlier"/>):
/// the user must confirm it, by its row number, before the file is applied.
/// </summary>
public sealed record FigureOutlierRow(int Row, CodedName Unit, CodedName Indicator, int Year, int Month, int Value, int PreviousMax);

public abstract record FigureImportOutcome
{
    private FigureImportOutcome()
    {
    }

    /// <summary>The file could not be read as a figures file; <paramref name="Columns"/> names the missing or unexpected columns.</summary>
    public sealed record FileRejected(FigureFileError Error, IReadOnlyList<string> Columns) : FigureImportOutcome;

    /// <summary>The caller's role may record figures for no unit (the refusal is audited).</summary>
    public sealed record Forbidden : FigureImportOutcome;

    /// <summary>Nothing was applied: every error of every row (rows of units the caller may not record for included).</summary>
    public sealed record Invalid(IReadOnlyList<FigureRowError> Errors) : FigureImportOutcome;

    /// <summary>
    /// The file was checked and is valid; nothing was applied. What applying it would do (each new or changed figure with its
    /// stored value and the file's), and the rows to confirm first.
    /// </summary>
    public sealed record Ready(int Added, int Changed, int Unchanged, IReadOnlyList<FigureOutlierRow> Outliers) : FigureImportOutcome
    {
        public IReadOnlyList<FigureChangeRow> Changes { get; init; } = [];
    }

    /// <summary>Nothing was applied: these rows are far outside their unit's history and were not confirmed.</summary>
    public sealed record NeedsConfirmation(IReadOnlyList<FigureOutlierRow> Outliers) : FigureImportOutcome;

    /// <summary>The whole file was applied in one transaction; rows equal to the stored values were not written.</summary>
    public sealed record Applied(int Added, int Changed, int Unchanged) : FigureImportOutcome;
}

/// <summary>
/// Imports monthly figures from the template's CSV or XLSX: reads the file within caps, validates every row against the
/// same rules as entry (<see cref="FigureRules"/>), and applies all rows in one transaction only when every row is valid and
/// every row far outside its unit's history was confirmed, each written value with a line of its history
/// (<see cref="IndicatorValueChange"/>). <see cref="CheckAsync"/> does the same without applying anything.
/// The template's header row names the columns (any order, case-insensitive); a row whose first cell starts with '#'
/// is an instruction or example line and is ignored. A CSV file is read as Excel saves it (see <see cref="SheetText"/>), its
/// values as Vietnamese numbers in a semicolon file and as the user's language writes them otherwise.
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

    private const string UnitKindLabel = "Đơn vị / Unit";
    private const string IndicatorKindLabel = "Chỉ tiêu / Indicator";

    private static readonly CultureInfo VietnameseNumbers = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// The template for <paramref name="reader"/>: the header row, an instruction row and an example row with real codes (a unit
    /// the reader may record, the first indicator, last month), both starting with # and so ignored on import; then the valid
    /// codes of units (those the reader may record) and indicators with their names: in XLSX on a second worksheet, in CSV as
    /// rows starting with # below the example.
    /// </summary>
    public async Task<byte[]> TemplateAsync(FigureFileFormat format, Actor reader, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var units = (await db.Units.OrderBy(u => u.Kind).ThenBy(u => u.Code).Select(u => new { u.Id, u.Code, u.NameVi, u.NameEn }).ToListAsync(cancellationToken))
            .Where(u => Permissions.Allows(reader, SteeringAction.RecordFigures, u.Id))
            .ToList();
        var indicators = await db.Indicators.OrderBy(i => i.SortOrder).ThenBy(i => i.Code).Select(i => new { i.Code, i.NameVi, i.NameEn }).ToListAsync(cancellationToken);
        var lastMonth = HanoiTime.DateOf(clock.GetUtcNow().UtcDateTime).AddMonths(-1);
        IReadOnlyList<string>[] figures =
        [
            Columns,
            [
                "# Mỗi dòng một đơn vị, chỉ tiêu và tháng; giá trị là số nguyên từ 0 trở lên. Dòng bắt đầu bằng # được bỏ qua: bỏ dấu # ở dòng ví dụ để dùng nó. "
                + "Mã hợp lệ: trang Mã (Codes). / One row per unit, indicator and month; the value is a whole number, 0 or more. Rows starting with # are ignored: "
                + "remove the # of the example row to use it. Valid codes: the Codes sheet.",
            ],
            [
                InstructionPrefix + " " + (units.FirstOrDefault()?.Code ?? ""), indicators.FirstOrDefault()?.Code ?? "",
                lastMonth.Year.ToString(CultureInfo.InvariantCulture), lastMonth.Month.ToString(CultureInfo.InvariantCulture), "12",
            ],
        ];
        List<IReadOnlyList<string>> codes =
        [
            .. units.Select(u => (IReadOnlyList<string>)[UnitKindLabel, u.Code, u.NameVi, u.NameEn]),
            .. indicators.Select(i => (IReadOnlyList<string>)[IndicatorKindLabel, i.Code, i.NameVi, i.NameEn]),
        ];
        if (format == FigureFileFormat.Csv)
        {
            var rows = figures.Concat(codes.Select(c => (IReadOnlyList<string>)[InstructionPrefix + " " + c[0], .. c.Skip(1)])).ToList();
            return SheetWriter.WriteCsv(new WorksheetRows("Figures", rows, (_, _) => false));
        }

        return SheetWriter.WriteXlsx(
        [
            new WorksheetRows("Số liệu (Figures)", figures, (_, _) => false),
            new WorksheetRows("Mã (Codes)", [["Loại / Kind", "Mã / Code", "Tên", "Name"], .. codes], (_, _) => false),
        ]);
    }

    /// <summary>Reads and validates the file and says what applying it would do; writes nothing.</summary>
    public Task<FigureImportOutcome> CheckAsync(Stream content, FigureFileFormat format, Caller caller, CancellationToken cancellationToken = default) =>
        RunAsync(content, format, caller, confirmedOutlierRows: null, cancellationToken);

    /// <summary>Applies the file when it is valid and every outlier row is among <paramref name="confirmedOutlierRows"/> (row numbers in the file).</summary>
    public Task<FigureImportOutcome> ImportAsync(
        Stream content, FigureFileFormat format, Caller caller, IReadOnlyCollection<int> confirmedOutlierRows, CancellationToken cancellationToken = default) =>
        RunAsync(content, format, caller, confirmedOutlierRows, cancellationToken);

    private async Task<FigureImportOutcome> RunAsync(
        Stream content, FigureFileFormat format, Caller caller, IReadOnlyCollection<int>? confirmedOutlierRows, CancellationToken cancellationToken)
    {
        // A role that may record no unit's figures is refused before the file is read (and the refusal audited).
        var actor = await guard.FindActorAsync(caller.UserId, cancellationToken);
        if (actor is null || !Permissions.AllowsSome(actor.Role, SteeringAction.RecordFigures))
        {
            await guard.AuthorizeAsync(caller, SteeringAction.RecordFigures, unitId: null, "figure import", cancellationToken);
            return new FigureImportOutcome.Forbidden();
        }

        var limits = new SheetLimits(options.MaxBytes, options.MaxRows + 1, options.MaxCells, options.MaxUnpackedBytes);
        var (sheet, fileError) = await SheetReader.ReadAsync(content, format, limits, cancellationToken);
        if (fileError is not null)
        {
            return new FigureImportOutcome.FileRejected(fileError.Value, []);
        }

        var rows = sheet!.Rows.Where(r => !r.Cells[0].TrimStart().StartsWith(InstructionPrefix, StringComparison.Ordinal)).ToList();
        if (rows.Count == 0)
        {
            return new FigureImportOutcome.FileRejected(FigureFileError.Empty, []);
        }

        var header = rows[0].Cells.Select(c => c.Trim()).ToList();
        var missing = Columns.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0 && header.Count(h => h.Length > 0) == 1)
        {
            return new FigureImportOutcome.FileRejected(FigureFileError.NoSeparator, []);
        }

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
        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => new Named(u.Id, new CodedName(u.Code, u.NameVi, u.NameEn)), StringComparer.OrdinalIgnoreCase, cancellationToken);
        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Code, i => new Named(i.Id, new CodedName(i.Code, i.NameVi, i.NameEn)), StringComparer.OrdinalIgnoreCase, cancellationToken);
        var today = HanoiTime.DateOf(clock.GetUtcNow().UtcDateTime);

        // Excel separates a CSV's fields with a semicolon where the decimal separator is a comma (as in Viet Nam): its numbers
        // are then written "1.234" and "1,5"; otherwise numbers are read as the user's language writes them.
        var numberCulture = sheet.Separator == ';' ? VietnameseNumbers : CultureInfo.CurrentCulture;
        var errors = new List<FigureRowError>();
        var parsed = new List<ParsedRow>();
        foreach (var row in data)
        {
            string Cell(string column) => at[column] < row.Cells.Count ? row.Cells[at[column]].Trim() : string.Empty;
            var rowErrors = new List<FigureRowError>();
            void Fail(string column, FigureError code) => rowErrors.Add(new FigureRowError(row.Number, column, code));

            var unit = Lookup(units, Cell(UnitColumn), UnitColumn, FigureError.UnknownUnit, Fail);
            var indicator = Lookup(indicators, Cell(IndicatorColumn), IndicatorColumn, FigureError.UnknownIndicator, Fail);
            var year = Whole(Cell(YearColumn), YearColumn, Fail);
            var month = Whole(Cell(MonthColumn), MonthColumn, Fail);
            var valueError = row.NumberCells.Contains(at[ValueColumn])
                ? FigureRules.ParseStoredNumber(Cell(ValueColumn), out var value)
                : FigureRules.ParseValue(Cell(ValueColumn), numberCulture, out value);
            if (valueError is not null)
            {
                Fail(ValueColumn, valueError.Value);
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
                parsed.Add(new ParsedRow(row.Number, unit!, indicator!, year!.Value, month!.Value, value));
            }
        }

        foreach (var duplicate in parsed.GroupBy(p => p.Key).Where(g => g.Count() > 1))
        {
            errors.AddRange(duplicate.Skip(1).Select(p => new FigureRowError(p.Row, MonthColumn, FigureError.DuplicateRow)));
        }

        // Each unit is asked of the guard (which audits a refusal); a unit the caller may not record is an error on each of its rows.
        var refused = new HashSet<int>();
        foreach (var unitId in parsed.Select(p => p.Unit.Id).Distinct())
        {
            var target = $"figure import unit {unitId.ToString(CultureInfo.InvariantCulture)}";
            if (await guard.AuthorizeAsync(caller, SteeringAction.RecordFigures, unitId, target, cancellationToken) is null)
            {
                refused.Add(unitId);
            }
        }

        errors.AddRange(parsed.Where(p => refused.Contains(p.Unit.Id)).Select(p => new FigureRowError(p.Row, UnitColumn, FigureError.NotAllowedForUnit)));
        if (errors.Count > 0)
        {
            return new FigureImportOutcome.Invalid([.. errors.OrderBy(e => e.Row).ThenBy(e => Columns.ToList().IndexOf(e.Column))]);
        }

        await using var transaction = confirmedOutlierRows is null ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        var fileUnits = parsed.Select(p => p.Unit.Id).Distinct().ToList();
        var fileIndicators = parsed.Select(p => p.Indicator.Id).Distinct().ToList();

        // The year before the file's first also gives the 12 months of history that decide an outlier.
        var fromYear = parsed.Min(p => p.Year) - 1;
        var toYear = parsed.Max(p => p.Year);
        var stored = await db.IndicatorValues
            .Where(v => fileUnits.Contains(v.UnitId) && fileIndicators.Contains(v.IndicatorId) && v.Year >= fromYear && v.Year <= toYear)
            .ToDictionaryAsync(v => (v.UnitId, v.IndicatorId, v.Year, v.Month), cancellationToken);
        var history = stored.Values.ToLookup(v => (v.UnitId, v.IndicatorId), v => (Period: FigureRules.PeriodIndex(v.Year, v.Month), v.Value));

        var now = clock.GetUtcNow().UtcDateTime;
        int added = 0, changed = 0, unchanged = 0;
        var outliers = new List<FigureOutlierRow>();
        var changes = new List<FigureChangeRow>();
        foreach (var p in parsed)
        {
            if (stored.TryGetValue(p.Key, out var existing) && existing.Value == p.Value)
            {
                unchanged++;
                continue;
            }

            if (existing is null)
            {
                added++;
            }
            else
            {
                changed++;
            }

            changes.Add(new FigureChangeRow(p.Row, p.Unit.Name, p.Indicator.Name, p.Year, p.Month, existing?.Value, p.Value));
            var period = FigureRules.PeriodIndex(p.Year, p.Month);
            var previousMax = history[(p.Unit.Id, p.Indicator.Id)].Where(h => h.Period >= period - 12 && h.Period < period).Select(h => (int?)h.Value).Max();
            if (FigureRules.IsOutlier(p.Value, previousMax))
            {
                outliers.Add(new FigureOutlierRow(p.Row, p.Unit.Name, p.Indicator.Name, p.Year, p.Month, p.Value, previousMax!.Value));
            }

            if (confirmedOutlierRows is not null)
            {
                db.IndicatorValueChanges.Add(new IndicatorValueChange
                {
                    IndicatorId = p.Indicator.Id, UnitId = p.Unit.Id, Year = p.Year, Month = p.Month, OldValue = existing?.Value, NewValue = p.Value,
                    ChangedAtUtc = now, UserId = actor.UserId, ChangedBy = actor.DisplayName, Source = FigureChangeSource.Import,
                });
                existing ??= db.IndicatorValues.Add(new IndicatorValue { UnitId = p.Unit.Id, IndicatorId = p.Indicator.Id, Year = p.Year, Month = p.Month }).Entity;
                existing.Value = p.Value;
                existing.UpdatedAtUtc = now;
                existing.UpdatedBy = actor.DisplayName;
                existing.Version = Guid.NewGuid();
            }
        }

        if (confirmedOutlierRows is null)
        {
            return new FigureImportOutcome.Ready(added, changed, unchanged, outliers) { Changes = changes };
        }

        var unconfirmed = outliers.Where(o => !confirmedOutlierRows.Contains(o.Row)).ToList();
        if (unconfirmed.Count > 0)
        {
            // The transaction is disposed uncommitted and the tracked changes are never saved.
            return new FigureImportOutcome.NeedsConfirmation(unconfirmed);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction!.CommitAsync(cancellationToken);
        if (added + changed > 0)
        {
            _ = notifier.Publish(new DataChange(ChangeKind.IndicatorFigures, 0, fileUnits, now, actor.DisplayName));
        }

        return new FigureImportOutcome.Applied(added, changed, unchanged);
    }

    private static Named? Lookup(Dictionary<string, Named> codes, string code, string column, FigureError unknown, Action<string, FigureError> fail)
    {
        if (code.Length == 0)
        {
            fail(column, FigureError.Missing);
            return null;
        }

        if (codes.TryGetValue(code, out var named))
        {
            return named;
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

    private sealed record Named(int Id, CodedName Name);

    private sealed record ParsedRow(int Row, Named Unit, Named Indicator, int Year, int Month, int Value)
    {
        public (int UnitId, int IndicatorId, int Year, int Month) Key => (Unit.Id, Indicator.Id, Year, Month);
    }
}
