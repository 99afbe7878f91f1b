using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SteeringDashboard.Core.Indicators;

public enum FigureFileFormat
{
    Csv = 1,
    Xlsx = 2,
}

/// <summary>Why a whole file is refused before its rows are looked at; the UI translates each code.</summary>
public enum FigureFileError
{
    Empty = 1,
    TooLarge,
    TooManyRows,
    NotASpreadsheet,
    MissingColumns,
    UnexpectedColumns,
}

/// <summary>A file's rows as text: each row's 1-based number in the file and its cells (empty rows are left out).</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells);

/// <summary>A worksheet to write: its name, its rows of cells as text, and whether the cell at (0-based row, column) is numeric.</summary>
internal sealed record WorksheetRows(string Name, IEnumerable<IReadOnlyList<string>> Rows, Func<int, int, bool> IsNumber);

/// <summary>Reads and writes the rows of a CSV file (UTF-8) or of the first worksheet of an XLSX workbook (writes one or more worksheets), as text, within size caps.</summary>
internal static class FigureSheet
{
    private const int MaxSheetNameLength = 31;

    private static readonly char[] InvalidSheetNameCharacters = ['[', ']', ':', '*', '?', '/', '\\'];

    /// <summary>The rows, or the reason the file cannot be read; never throws for malformed content.</summary>
    public static async Task<(IReadOnlyList<SheetRow>? Rows, FigureFileError? Error)> ReadAsync(
        Stream content, FigureFileFormat format, int maxBytes, int maxRows, CancellationToken cancellationToken)
    {
        var bytes = await ReadCappedAsync(content, maxBytes, cancellationToken);
        if (bytes is null)
        {
            return (null, FigureFileError.TooLarge);
        }

        if (bytes.Length == 0)
        {
            return (null, FigureFileError.Empty);
        }

        var (rows, error) = format == FigureFileFormat.Csv ? ReadCsv(bytes, maxRows) : ReadXlsx(bytes, maxRows);
        if (error is not null)
        {
            return (null, error);
        }

        return rows!.Count == 0 ? (null, FigureFileError.Empty) : (rows, null);
    }

    public static byte[] WriteCsv(IEnumerable<IReadOnlyList<string>> rows)
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var writer = CsvWriter.Create(text, new CsvWriterOptions { ValidateFieldCount = false }, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                writer.WriteRecord([.. row]);
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
                row.Append(sheet.IsNumber(rowNumber - 1, column) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
                    ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value) }
                    : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }) });
            }

            data.Append(row);
        }

        return data;
    }

    private static async Task<byte[]?> ReadCappedAsync(Stream content, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static (List<SheetRow>?, FigureFileError?) ReadCsv(byte[] bytes, int maxRows)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return (null, FigureFileError.NotASpreadsheet);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return (null, FigureFileError.NotASpreadsheet);
        }

        var rows = new List<SheetRow>();
        try
        {
            using var reader = CsvReader.FromText(text, new CsvReaderOptions { HasHeader = false, SkipEmptyLines = false });
            var number = 0;
            while (reader.Read())
            {
                number++;
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.GetString(i);
                }

                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (rows.Count >= maxRows)
                {
                    return (null, FigureFileError.TooManyRows);
                }

                rows.Add(new SheetRow(number, cells));
            }
        }
        catch (Exception e) when (e is CsvFormatException or CsvValidationException)
        {
            return (null, FigureFileError.NotASpreadsheet);
        }

        return (rows, null);
    }

    private static (List<SheetRow>?, FigureFileError?) ReadXlsx(byte[] bytes, int maxRows)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
            var workbook = document.WorkbookPart;
            var first = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || first?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart sheet)
            {
                return (null, FigureFileError.NotASpreadsheet);
            }

            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rows = new List<SheetRow>();

            // Streamed so that a small compressed file that unpacks into millions of rows stops at the cap.
            using var reader = OpenXmlReader.Create(sheet);
            var previous = 0;
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }

                var row = (Row)reader.LoadCurrentElement()!;
                var number = row.RowIndex?.Value is { } index ? (int)index : previous + 1;
                previous = number;
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    while (cells.Count < column)
                    {
                        cells.Add(string.Empty);
                    }

                    cells.Add(TextOf(cell, shared));
                }

                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (rows.Count >= maxRows)
                {
                    return (null, FigureFileError.TooManyRows);
                }

                rows.Add(new SheetRow(number, cells));
            }

            return (rows, null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException
            or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            return (null, FigureFileError.NotASpreadsheet);
        }
    }

    private static string TextOf(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        return raw;
    }

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > 16384)
            {
                throw new InvalidDataException("Column beyond XFD.");
            }
        }

        return index - 1;
    }
}
