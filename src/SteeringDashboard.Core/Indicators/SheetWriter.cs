using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SteeringDashboard.Core.Indicators;

/// <summary>
/// A worksheet to write: its name, its rows of cells as text, whether the cell at (0-based row, column) is numeric, and
/// whether it is a date written as dd/MM/yyyy (an XLSX date cell; CSV keeps the text).
/// </summary>
internal sealed record WorksheetRows(string Name, IEnumerable<IReadOnlyList<string>> Rows, Func<int, int, bool> IsNumber, Func<int, int, bool>? IsDate = null);

/// <summary>Writes worksheets as a CSV file (UTF-8) or as an XLSX workbook (one or more worksheets), cells as text, numbers or dates.</summary>
internal static class SheetWriter
{
    private const int MaxSheetNameLength = 31;

    /// <summary>The text form of a date cell, the committee's way in both languages.</summary>
    public const string DateFormat = "dd/MM/yyyy";

    /// <summary>The first number format id a workbook may define for itself; the lower ones are Excel's built-in formats.</summary>
    private const uint DateNumberFormatId = 164;

    /// <summary>The index of the date cell format in the workbook's cell formats (0 is the default).</summary>
    private const uint DateStyleIndex = 1;

    private static readonly char[] InvalidSheetNameCharacters = ['[', ']', ':', '*', '?', '/', '\\'];

    /// <summary>
    /// The sheet as CSV (UTF-8 with a byte order mark). A numeric cell (per the sheet's IsNumber) that parses as a number is
    /// written as a number, so a negative figure stays a number; any other cell that a spreadsheet would run as a formula
    /// (starting with =, +, -, @, tab or carriage return) is written with a leading apostrophe, which shows it as text.
    /// </summary>
    public static byte[] WriteCsv(WorksheetRows sheet)
    {
        using var buffer = new MemoryStream();
        var options = new CsvWriterOptions { ValidateFieldCount = false, Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        using (var writer = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            var rowIndex = 0;
            foreach (var row in sheet.Rows)
            {
                for (var column = 0; column < row.Count; column++)
                {
                    if (sheet.IsNumber(rowIndex, column) && decimal.TryParse(row[column], NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                    {
                        writer.WriteField(number, default);
                    }
                    else
                    {
                        writer.WriteField(row[column]);
                    }
                }

                writer.EndRecord();
                rowIndex++;
            }

            writer.Flush();
        }

        return buffer.ToArray();
    }

    /// <summary>One worksheet named "Figures"; see <see cref="WriteXlsx(IReadOnlyList{WorksheetRows})"/>.</summary>
    public static byte[] WriteXlsx(IEnumerable<IReadOnlyList<string>> rows, Func<int, int, bool> isNumber) =>
        WriteXlsx([new WorksheetRows("Figures", rows, isNumber)]);

    /// <summary>
    /// A workbook with one worksheet per entry, in order, named as Excel allows (see <see cref="SheetNames"/>); a cell whose
    /// column is numeric (per the sheet's IsNumber) and parses as a number is written as a number.
    /// </summary>
    public static byte[] WriteXlsx(IReadOnlyList<WorksheetRows> sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var entries = new Sheets();
            var names = SheetNames(sheets.Select(s => s.Name));
            for (var index = 0; index < sheets.Count; index++)
            {
                var sheetPart = workbook.AddNewPart<WorksheetPart>();
                sheetPart.Worksheet = new Worksheet(DataOf(sheets[index]));
                entries.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = (uint)(index + 1), Name = names[index] });
            }

            workbook.Workbook.AppendChild(entries);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Names Excel accepts, in the same order: without []:*?/\ and leading or trailing apostrophes, at most 31 characters, never
    /// empty, and unique regardless of case (a repeated name gets " (2)", " (3)"... within the 31 characters).
    /// </summary>
    public static IReadOnlyList<string> SheetNames(IEnumerable<string> wanted)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var name in wanted)
        {
            var clean = new string(name.Where(c => !InvalidSheetNameCharacters.Contains(c) && !char.IsControl(c)).ToArray()).Trim().Trim('\'').Trim();
            var stem = clean.Length == 0 ? "Sheet" + (names.Count + 1).ToString(CultureInfo.InvariantCulture) : clean;
            var unique = Shorten(stem, string.Empty);
            for (var copy = 2; !taken.Add(unique); copy++)
            {
                unique = Shorten(stem, string.Create(CultureInfo.InvariantCulture, $" ({copy})"));
            }

            names.Add(unique);
        }

        return names;
    }

    private static string Shorten(string stem, string suffix) =>
        stem[..Math.Min(stem.Length, MaxSheetNameLength - suffix.Length)].TrimEnd() + suffix;

    private static SheetData DataOf(WorksheetRows sheet)
    {
        var data = new SheetData();
        var rowNumber = 0;
        foreach (var cells in sheet.Rows)
        {
            rowNumber++;
            var row = new Row { RowIndex = (uint)rowNumber };
            for (var column = 0; column < cells.Count; column++)
            {
                var reference = ColumnName(column) + rowNumber.ToString(CultureInfo.InvariantCulture);
                var value = cells[column];
                if (sheet.IsDate?.Invoke(rowNumber - 1, column) == true
                    && DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.Number, StyleIndex = DateStyleIndex, CellValue = new CellValue(SerialOf(date)) });
                    continue;
                }

                row.Append(sheet.IsNumber(rowNumber - 1, column) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
                    ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value) }
                    : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }) });
            }

            data.Append(row);
        }

        return data;
    }

    /// <summary>The day's serial number, as spreadsheets store dates (days since 30/12/1899).</summary>
    private static string SerialOf(DateOnly date) =>
        date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture);

    /// <summary>The least stylesheet Excel accepts, with one cell format of its own: dates as dd/mm/yyyy (a date cell shows as the screen does).</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateNumberFormatId, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = DateNumberFormatId, ApplyNumberFormat = true }) { Count = 2 });

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
