using System.Text;
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

    [Fact]
    public async Task ANonNumericCellOfANumberColumnStaysTextInXlsx()
    {
        var table = Table with { Rows = [["Ba Vì", "< 5", "", "nhỏ"]] };

        var read = await FigureExport.ReadAsync(new MemoryStream(FigureExport.Write(table, FigureFileFormat.Xlsx)), FigureFileFormat.Xlsx, table.Columns, Token);

        Assert.Equal(["Ba Vì", "< 5", "", "nhỏ"], read!.Rows.Single());
    }
}
