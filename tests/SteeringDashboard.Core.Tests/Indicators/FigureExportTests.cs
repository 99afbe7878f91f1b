using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SteeringDashboard.Core.Indicators;

namespace SteeringDashboard.Core.Tests.Indicators;

public sealed class FigureExportTests
{
    private static readonly ExportTable Table = new(
        ["Kế hoạch 127/KH-BCĐ, 6 tháng đầu năm 2018", "Đơn vị: quận, huyện, thị xã"],
        [new("Đơn vị", IsNumber: false), new("Số vụ phát hiện", IsNumber: true), new("Tỷ lệ %", IsNumber: true), new("Ghi chú", IsNumber: false)],
        [
            ["Ứng Hòa", "12", "98.6", "Đã báo cáo, \"đúng hạn\""],
            ["Hoàn Kiếm", "0", "0", ""],
            ["Sơn Tây", "1234", "100", "dòng 1\ndòng 2"],
        ]);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(FigureFileFormat.Csv)]
    [InlineData(FigureFileFormat.Xlsx)]
    public async Task WhatIsExportedReadsBackAsTheSameTableWithItsFiltersAndDiacritics(FigureFileFormat format)
    {
        var file = FigureExport.Write(Table, format);

        var read = await FigureExport.ReadAsync(new MemoryStream(file), format, Table.Columns, Token);

        Assert.NotNull(read);
        Assert.Equal(Table.Filters, read.Filters);
        Assert.Equal(Table.Rows.Select(r => string.Join("|", r)), read.Rows.Select(r => string.Join("|", r)));
    }

    [Fact]
    public void TheCsvStartsWithAByteOrderMarkAndTheFilterLines()
    {
        var file = FigureExport.Write(Table, FigureFileFormat.Csv);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), file[..3]);
        Assert.StartsWith("# Kế hoạch 127/KH-BCĐ, 6 tháng đầu năm 2018", Encoding.UTF8.GetString(file[3..]).TrimStart('"'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FigureFileFormat.Csv)]
    [InlineData(FigureFileFormat.Xlsx)]
    public async Task TextThatLooksLikeAFormulaReadsBackAsTheSameText(FigureFileFormat format)
    {
        var table = Table with { Rows = [["=cmd|' /C calc'!A0", "-4", "-12.5", "-12,5% so với cùng kỳ"], ["@Ba Vì", "7", "+3", "+ tăng"]] };

        var read = await FigureExport.ReadAsync(new MemoryStream(FigureExport.Write(table, format)), format, table.Columns, Token);

        Assert.Equal(table.Rows.Select(r => string.Join("|", r)).ToList()[0], string.Join("|", read!.Rows[0]));
        Assert.Equal(["@Ba Vì", "7", "3", "+ tăng"], read.Rows[1]);
    }

    [Fact]
    public async Task ANonNumericCellOfANumberColumnStaysTextInXlsx()
    {
        var table = Table with { Rows = [["Ba Vì", "< 5", "", "nhỏ"]] };

        var read = await FigureExport.ReadAsync(new MemoryStream(FigureExport.Write(table, FigureFileFormat.Xlsx)), FigureFileFormat.Xlsx, table.Columns, Token);

        Assert.Equal(["Ba Vì", "< 5", "", "nhỏ"], read!.Rows.Single());
    }

    [Fact]
    public void AWorkbookHasOneNamedWorksheetPerTableWithNumbersAsNumericCells()
    {
        var agenda = new ExportTable(["Chương trình hội nghị"], [new("STT", true), new("Nội dung", false), new("Số phút", true)], [["1", "Báo cáo sơ kết", "45"]]);

        var file = FigureExport.WriteWorkbook([new ExportSheet("Quận, huyện", Table), new ExportSheet("Chương trình: 10/7", agenda)]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Quận, huyện", "Chương trình 107"], sheets.Select(s => s.Name!.Value));
        var districts = CellsOf(workbook, sheets[0]);
        Assert.Equal(("# Kế hoạch 127/KH-BCĐ, 6 tháng đầu năm 2018", null), districts["A1"]);
        Assert.Equal(("Số vụ phát hiện", null), districts["B3"]);
        Assert.Equal(("Ứng Hòa", null), districts["A4"]);
        Assert.Equal(("12", CellValues.Number), districts["B4"]);
        Assert.Equal(("98.6", CellValues.Number), districts["C4"]);
        Assert.Equal(("1234", CellValues.Number), districts["B6"]);
        var items = CellsOf(workbook, sheets[1]);
        Assert.Equal(("STT", null), items["A2"]);
        Assert.Equal(("1", CellValues.Number), items["A3"]);
        Assert.Equal(("Báo cáo sơ kết", null), items["B3"]);
        Assert.Equal(("45", CellValues.Number), items["C3"]);
    }

    [Fact]
    public async Task ADateColumnIsWrittenAsDateCellsShownAsDayMonthYearAndReadsBackAsTheSameText()
    {
        var table = new ExportTable(
            ["Tính đến ngày: 25/07/2018"],
            [new("Đơn vị", false), new("Hạn nộp", false, IsDate: true)],
            [["Ba Vì", "20/07/2018"], ["Ba Đình", "chưa có"]]);

        var file = FigureExport.Write(table, FigureFileFormat.Xlsx, "Đơn vị chưa nộp báo cáo");

        using (var document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false))
        {
            var workbook = document.WorkbookPart!;
            var sheet = Assert.Single(workbook.Workbook!.Sheets!.Elements<Sheet>());
            Assert.Equal("Đơn vị chưa nộp báo cáo", sheet.Name!.Value);
            var cells = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
            var due = cells["B3"];
            Assert.Equal((CellValues.Number, "43301"), (due.DataType!.Value, due.CellValue!.Text));
            var format = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt((int)due.StyleIndex!.Value);
            var numberFormat = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
                .Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value);
            Assert.Equal("dd/mm/yyyy", numberFormat.FormatCode!.Value);
            Assert.Equal(CellValues.InlineString, cells["B4"].DataType!.Value);
        }

        var read = await FigureExport.ReadAsync(new MemoryStream(file), FigureFileFormat.Xlsx, table.Columns, Token);
        Assert.Equal(table.Rows.Select(r => string.Join("|", r)), read!.Rows.Select(r => string.Join("|", r)));
    }

    /// <summary>Each cell's text by reference, with its type when it is a number (null for text).</summary>
    private static Dictionary<string, (string Text, CellValues? Number)> CellsOf(WorkbookPart workbook, Sheet sheet) =>
        ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet!.Descendants<Cell>().ToDictionary(
            c => c.CellReference!.Value!,
            c => c.DataType?.Value == CellValues.Number ? (c.CellValue!.Text, (CellValues?)CellValues.Number) : (c.InnerText, null));
}
