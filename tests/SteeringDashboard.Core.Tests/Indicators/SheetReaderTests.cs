using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SteeringDashboard.Core.Indicators;

namespace SteeringDashboard.Core.Tests.Indicators;

public sealed class SheetReaderTests
{
    private static readonly SheetLimits ImportLimits = new(5 * 1024 * 1024, 50_000, 1_000, 32 * 1024 * 1024);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AWorkbookThatUnpacksToMoreThanAllowedIsRefusedUsingLittleMemory()
    {
        // 100 MB of sheet XML that deflate packs into about 100 kB.
        var bomb = WorkbookWithSheet(writer =>
        {
            writer.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            var blanks = new string(' ', 1024 * 1024);
            for (var i = 0; i < 100; i++)
            {
                writer.Write(blanks);
            }

            writer.Write("</sheetData></worksheet>");
        });
        Assert.InRange(bomb.Length, 1, 1024 * 1024);

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var (sheet, error) = await SheetReader.ReadAsync(new MemoryStream(bomb), FigureFileFormat.Xlsx, ImportLimits, Token);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Null(sheet);
        Assert.Equal(FigureFileError.UnpackedTooLarge, error);
        Assert.InRange(allocated, 0, 8 * 1024 * 1024);
    }

    [Fact]
    public async Task ASharedStringsTableOfMoreEntriesThanAllowedIsRefused()
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") })));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Figures" }));
            using var writer = OpenXmlWriter.Create(workbook.AddNewPart<SharedStringTablePart>());
            writer.WriteStartElement(new SharedStringTable());
            for (var i = 0; i <= ImportLimits.MaxCells; i++)
            {
                writer.WriteElement(new SharedStringItem(new Text("x")));
            }

            writer.WriteEndElement();
        }

        var (_, error) = await SheetReader.ReadAsync(new MemoryStream(buffer.ToArray()), FigureFileFormat.Xlsx, ImportLimits, Token);

        Assert.Equal(FigureFileError.TooManyCells, error);
    }

    [Fact]
    public async Task ARowReachingFarOutAcrossColumnsCountsEveryCellItSkipsAndIsRefused()
    {
        var file = WorkbookWithSheet(writer => writer.Write(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>UnitCode</t></is></c><c r=\"XFD1\"><v>1</v></c></row></sheetData></worksheet>"));

        var (_, error) = await SheetReader.ReadAsync(new MemoryStream(file), FigureFileFormat.Xlsx, ImportLimits, Token);

        Assert.Equal(FigureFileError.TooManyCells, error);
    }

    /// <summary>The workbook <see cref="SheetWriter.WriteXlsx(IReadOnlyList{WorksheetRows})"/> writes, its worksheet's XML replaced by what <paramref name="write"/> streams.</summary>
    private static byte[] WorkbookWithSheet(Action<StreamWriter> write)
    {
        var original = SheetWriter.WriteXlsx([["UnitCode"]], (_, _) => false);
        using var source = new ZipArchive(new MemoryStream(original), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (entry.FullName.Contains("worksheets/", StringComparison.Ordinal) && !entry.FullName.Contains("_rels", StringComparison.Ordinal))
                {
                    using var writer = new StreamWriter(to, new UTF8Encoding(false));
                    write(writer);
                }
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }
}
