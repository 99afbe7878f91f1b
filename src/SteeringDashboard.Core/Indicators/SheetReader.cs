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

/// <summary>Reads the rows of a CSV file (in the encodings of <see cref="SheetText"/>) or of the first worksheet of an XLSX workbook, as text, within size caps.</summary>
internal static class SheetReader
{
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

    /// <summary>The date of a serial number read from a date cell, as dd/MM/yyyy; null when it is not one.</summary>
    public static string? DateTextOfSerial(string serial) =>
        double.TryParse(serial, NumberStyles.Float, CultureInfo.InvariantCulture, out var days) && days is >= 1 and < 2958466
            ? DateTime.FromOADate(days).ToString(SheetWriter.DateFormat, CultureInfo.InvariantCulture)
            : null;

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
