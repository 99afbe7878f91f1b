using System.Globalization;

namespace SteeringDashboard.Core.Indicators;

/// <summary>
/// A column of an exported table; numeric columns are written as numbers in XLSX, date columns (cells as dd/MM/yyyy) as
/// date cells shown as dd/mm/yyyy.
/// </summary>
public sealed record ExportColumn(string Name, bool IsNumber, bool IsDate = false);

/// <summary>What a screen shows: the filter lines that produced it, the columns, and the rows of cells as text (numbers invariant).</summary>
public sealed record ExportTable(IReadOnlyList<string> Filters, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>A table as a worksheet of a workbook; the name is made acceptable to Excel (at most 31 characters, unique, no []:*?/\).</summary>
public sealed record ExportSheet(string Name, ExportTable Table);

/// <summary>
/// Exports any figures table to CSV (UTF-8 with BOM, so Excel keeps the diacritics; text that would run as a formula neutralised) or XLSX (plain values): one line per filter at the top,
/// each starting with '#', then the header row, then the rows. <see cref="ReadAsync"/> reads such a file back.
/// </summary>
public static class FigureExport
{
    private const string FilterPrefix = "# ";

    /// <summary>How a date column's cells are written (see <see cref="ExportColumn.IsDate"/>).</summary>
    public const string DateFormat = SheetWriter.DateFormat;

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The table as CSV, or as an XLSX workbook whose one worksheet is named <paramref name="sheetName"/>.</summary>
    public static byte[] Write(ExportTable table, FigureFileFormat format, string sheetName = "Figures")
    {
        var sheet = SheetOf(sheetName, table);
        return format == FigureFileFormat.Csv ? SheetWriter.WriteCsv(sheet) : SheetWriter.WriteXlsx([sheet]);
    }

    /// <summary>An XLSX workbook with one worksheet per table, in order, each laid out as <see cref="Write"/> lays out a table.</summary>
    public static byte[] WriteWorkbook(IReadOnlyList<ExportSheet> sheets) =>
        SheetWriter.WriteXlsx([.. sheets.Select(s => SheetOf(s.Name, s.Table))]);

    private static WorksheetRows SheetOf(string name, ExportTable table)
    {
        var rows = table.Filters.Select(f => (IReadOnlyList<string>)[FilterPrefix + f])
            .Append(table.Columns.Select(c => c.Name).ToList())
            .Concat(table.Rows)
            .ToList();
        var firstDataRow = table.Filters.Count + 1;
        return new WorksheetRows(
            name,
            rows,
            (row, column) => row >= firstDataRow && column < table.Columns.Count && table.Columns[column].IsNumber,
            (row, column) => row >= firstDataRow && column < table.Columns.Count && table.Columns[column].IsDate);
    }

    /// <summary>An exported file read back as a table (column kinds as given), or null when it is not one.</summary>
    public static async Task<ExportTable?> ReadAsync(Stream content, FigureFileFormat format, IReadOnlyList<ExportColumn> columns, CancellationToken cancellationToken = default)
    {
        var (sheet, error) = await SheetReader.ReadAsync(content, format, SheetLimits.None, cancellationToken);
        if (error is not null)
        {
            return null;
        }

        var rows = sheet!.Rows;

        var filters = rows!.TakeWhile(r => r.Cells[0].StartsWith(FilterPrefix, StringComparison.Ordinal)).Select(r => r.Cells[0][FilterPrefix.Length..]).ToList();
        var body = rows!.Skip(filters.Count).ToList();
        if (body.Count == 0 || !body[0].Cells.SequenceEqual(columns.Select(c => c.Name)))
        {
            return null;
        }

        var data = body.Skip(1)
            .Select(r => (IReadOnlyList<string>)Enumerable.Range(0, columns.Count)
                .Select(i => i < r.Cells.Count ? Normalize(Unescape(r.Cells[i], format), columns[i], r.NumberCells.Contains(i)) : string.Empty).ToList())
            .ToList();
        return new ExportTable(filters, columns, data);
    }

    /// <summary>A CSV text cell that a spreadsheet would have run as a formula was written with a leading apostrophe (see <see cref="SheetWriter.WriteCsv"/>).</summary>
    private static string Unescape(string cell, FigureFileFormat format) =>
        format == FigureFileFormat.Csv && cell.Length > 1 && cell[0] == '\'' && FormulaStarts.Contains(cell[1]) ? cell[1..] : cell;

    /// <summary>
    /// Numbers come back from XLSX in the cell's own invariant form ("12" or "98.6"), dates as the serial number of an XLSX
    /// date cell (read back as dd/MM/yyyy); text is kept as it is.
    /// </summary>
    private static string Normalize(string cell, ExportColumn column, bool isNumberCell) =>
        column.IsDate && isNumberCell && SheetReader.DateTextOfSerial(cell) is { } date ? date
        : column.IsNumber && decimal.TryParse(cell, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var n)
            ? n.ToString(CultureInfo.InvariantCulture)
            : cell;
}
