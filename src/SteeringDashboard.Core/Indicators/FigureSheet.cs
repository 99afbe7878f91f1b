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

    /// <summary>A CSV file's bytes are not text in an encoding the app reads (UTF-8, UTF-16, Windows-1258, Windows-1252).</summary>
    UnreadableText,

    /// <summary>The header row is a single cell: the columns are not separated by a comma, semicolon or tab, or not in cells of their own.</summary>
    NoSeparator,

    /// <summary>An XLSX workbook unpacks to more than allowed (a part of it, or all its parts together).</summary>
    UnpackedTooLarge,

    /// <summary>The file has more cells (or an XLSX more shared strings) than allowed.</summary>
    TooManyCells,
}

/// <summary>
/// A file's rows as text: each row's 1-based number in the file and its cells (empty rows are left out), and the 0-based
/// columns whose cell an XLSX stores as a number (its text then is the number's invariant form, "1234.5").
/// </summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells)
{
    public IReadOnlySet<int> NumberCells { get; init; } = new HashSet<int>();
}

/// <summary>The rows of a file, and the separator of a CSV file (null for XLSX).</summary>
public sealed record SheetContent(IReadOnlyList<SheetRow> Rows, char? Separator);

/// <summary>
/// Bounds on reading a file, checked before and while it is read so that memory stays bounded whatever it holds: its size,
/// its rows with content, its cells (empty ones padded before a later cell included; for XLSX also rows and shared strings),
/// and, for XLSX, the unpacked size of each part and of all parts together.
/// </summary>
public sealed record SheetLimits(int MaxBytes, int MaxRows, int MaxCells, long MaxUnpackedBytes)
{
    public static readonly SheetLimits None = new(int.MaxValue, int.MaxValue, int.MaxValue, long.MaxValue);
}

/// <summary>
/// A worksheet to write: its name, its rows of cells as text, whether the cell at (0-based row, column) is numeric, and
/// whether it is a date written as dd/MM/yyyy (an XLSX date cell; CSV keeps the text).
/// </summary>
internal sealed record WorksheetRows(string Name, IEnumerable<IReadOnlyList<string>> Rows, Func<int, int, bool> IsNumber, Func<int, int, bool>? IsDate = null);

/// <summary>Reads and writes the rows of a CSV file (read in the encodings of <see cref="SheetText"/>, written in UTF-8) or of the first worksheet of an XLSX workbook (writes one or more worksheets), as text, within size caps.</summary>
internal static class FigureSheet
{
    private const int MaxSheetNameLength = 31;

    /// <summary>The text form of a date cell, the committee's way in both languages.</summary>
    public const string DateFormat = "dd/MM/yyyy";

    /// <summary>The first number format id a workbook may define for itself; the lower ones are Excel's built-in formats.</summary>
    private const uint DateNumberFormatId = 164;

    /// <summary>The index of the date cell format in the workbook's cell formats (0 is the default).</summary>
    private const uint DateStyleIndex = 1;

    private static readonly char[] InvalidSheetNameCharacters = ['[', ']', ':', '*', '?', '/', '\\'];

    /// <summary>The rows, or the reason the file cannot be read; never throws for malformed content.</summary>
    public static async Task<(SheetContent? Sheet, FigureFileError? Error)> ReadAsync(
        Stream content, FigureFileFormat format, SheetLimits limits, CancellationToken cancellationToken)
    {
        var bytes = await ReadCappedAsync(content, limits.MaxBytes, cancellationToken);
        if (bytes is null)
        {
            return (null, FigureFileError.TooLarge);
        }

        if (bytes.Length == 0)
        {
            return (null, FigureFileError.Empty);
        }

        var (sheet, error) = format == FigureFileFormat.Csv ? ReadCsv(bytes, limits) : ReadXlsx(bytes, limits);
        if (error is not null)
        {
            return (null, error);
        }

        return sheet!.Rows.Count == 0 ? (null, FigureFileError.Empty) : (sheet, null);
    }

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

    /// <summary>The date of a serial number read from a date cell, as dd/MM/yyyy; null when it is not one.</summary>
    public static string? DateTextOfSerial(string serial) =>
        double.TryParse(serial, NumberStyles.Float, CultureInfo.InvariantCulture, out var days) && days is >= 1 and < 2958466
            ? DateTime.FromOADate(days).ToString(DateFormat, CultureInfo.InvariantCulture)
            : null;

    /// <summary>The least stylesheet Excel accepts, with one cell format of its own: dates as dd/mm/yyyy (a date cell shows as the screen does).</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateNumberFormatId, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = DateNumberFormatId, ApplyNumberFormat = true }) { Count = 2 });

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

    private static (SheetContent?, FigureFileError?) ReadCsv(byte[] bytes, SheetLimits limits)
    {
        if (SheetText.Decode(bytes) is not { } text)
        {
            return (null, FigureFileError.UnreadableText);
        }

        var separator = SheetText.SeparatorOf(text) ?? ',';
        var rows = new List<SheetRow>();
        var cellCount = 0L;
        try
        {
            using var reader = CsvReader.FromText(text, new CsvReaderOptions { HasHeader = false, SkipEmptyLines = false, Separator = separator });
            var number = 0;
            while (reader.Read())
            {
                number++;
                cellCount += reader.FieldCount;
                if (cellCount > limits.MaxCells)
                {
                    return (null, FigureFileError.TooManyCells);
                }

                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.GetString(i);
                }

                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (rows.Count >= limits.MaxRows)
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

        return (new SheetContent(rows, separator), null);
    }

    /// <summary>
    /// Every part is unpacked once into nothing, counting, before the workbook is opened: a part or a whole that unpacks to more
    /// than allowed (a zip bomb) is refused having used one small buffer, whatever sizes the archive declares.
    /// </summary>
    private static FigureFileError? CheckUnpackedSize(byte[] bytes, long maxUnpackedBytes)
    {
        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var chunk = new byte[81920];
        var total = 0L;
        foreach (var entry in archive.Entries)
        {
            if (entry.Length > maxUnpackedBytes)
            {
                return FigureFileError.UnpackedTooLarge;
            }

            using var part = entry.Open();
            int read;
            while ((read = part.Read(chunk)) > 0)
            {
                total += read;
                if (total > maxUnpackedBytes)
                {
                    return FigureFileError.UnpackedTooLarge;
                }
            }
        }

        return null;
    }

    private static (SheetContent?, FigureFileError?) ReadXlsx(byte[] bytes, SheetLimits limits)
    {
        try
        {
            if (CheckUnpackedSize(bytes, limits.MaxUnpackedBytes) is { } tooLarge)
            {
                return (null, tooLarge);
            }

            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
            var workbook = document.WorkbookPart;
            var first = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || first?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart sheet)
            {
                return (null, FigureFileError.NotASpreadsheet);
            }

            var cellCount = 0L;
            var shared = new List<string>();
            if (workbook.SharedStringTablePart is { } sharedPart)
            {
                // Streamed, and counted with the cells: a table of millions of strings stops at the cap.
                using var strings = OpenXmlReader.Create(sharedPart);
                while (strings.Read())
                {
                    if (strings.ElementType == typeof(SharedStringItem) && strings.IsStartElement)
                    {
                        if (++cellCount > limits.MaxCells)
                        {
                            return (null, FigureFileError.TooManyCells);
                        }

                        shared.Add(strings.LoadCurrentElement()!.InnerText);
                    }
                }
            }

            var rows = new List<SheetRow>();

            // Streamed so that a sheet of millions of rows or cells stops at the cap.
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
                var numbers = new HashSet<int>();
                cellCount++;
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    cellCount += Math.Max(1, column - cells.Count + 1);
                    if (cellCount > limits.MaxCells)
                    {
                        return (null, FigureFileError.TooManyCells);
                    }

                    while (cells.Count < column)
                    {
                        cells.Add(string.Empty);
                    }

                    if (IsNumber(cell))
                    {
                        numbers.Add(cells.Count);
                    }

                    cells.Add(TextOf(cell, shared));
                }

                if (cellCount > limits.MaxCells)
                {
                    return (null, FigureFileError.TooManyCells);
                }

                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (rows.Count >= limits.MaxRows)
                {
                    return (null, FigureFileError.TooManyRows);
                }

                rows.Add(new SheetRow(number, cells) { NumberCells = numbers });
            }

            return (new SheetContent(rows, null), null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException
            or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            return (null, FigureFileError.NotASpreadsheet);
        }
    }

    private static bool IsNumber(Cell cell) =>
        (cell.DataType is null || cell.DataType.Value == CellValues.Number) && cell.CellValue is not null;

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
