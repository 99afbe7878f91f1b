using System.Text;
using SteeringDashboard.Core.Indicators;

namespace SteeringDashboard.Core.Tests.Indicators;

public sealed class SheetWriterTests
{
    [Fact]
    public void SheetNamesLoseTheCharactersExcelRefusesAndStayWithin31Characters()
    {
        var names = SheetWriter.SheetNames(["Quận/huyện: [30]*?", "'Tên'", "Số liệu chính của các chương trình phòng, chống tội phạm", ":/?"]);

        Assert.Equal(["Quậnhuyện 30", "Tên", "Số liệu chính của các chương tr", "Sheet4"], names);
        Assert.All(names, n => Assert.InRange(n.Length, 1, 31));
    }

    [Fact]
    public void ARepeatedSheetNameIsNumberedWhateverItsCase()
    {
        var names = SheetWriter.SheetNames(["Đơn vị", "ĐƠN VỊ", "Đơn vị", new string('x', 40), new string('x', 35)]);

        Assert.Equal(["Đơn vị", "ĐƠN VỊ (2)", "Đơn vị (3)", new string('x', 31), new string('x', 27) + " (2)"], names);
    }

    [Fact]
    public void ACsvTextCellASpreadsheetWouldRunAsAFormulaIsWrittenAsTextWhileNumbersStayNumbers()
    {
        IReadOnlyList<string>[] rows =
        [
            ["Ghi chú", "Số vụ"],
            ["=HYPERLINK(\"http://example.com\",\"Xem\")", "-5"],
            ["@SUM(A1:A9)", "12"],
            ["+84 24 3826 9999", "< 5"],
            ["-giảm", "-3.5"],
            ["\tthụt lề", "=1+1"],
            ["\rdòng", "7"],
            ["Ứng Hòa", "0"],
        ];

        var csv = Encoding.UTF8.GetString(SheetWriter.WriteCsv(new WorksheetRows("Figures", rows, (row, column) => row > 0 && column == 1)));

        Assert.Equal(
            [
                "\uFEFFGhi chú,Số vụ",
                "\"'=HYPERLINK(\"\"http://example.com\"\",\"\"Xem\"\")\",-5",
                "\"'@SUM(A1:A9)\",12",
                "\"'+84 24 3826 9999\",< 5",
                "\"'-giảm\",-3.5",
                "\"'\tthụt lề\",\"'=1+1\"",
                "\"'\rdòng\",7",
                "Ứng Hòa,0",
            ],
            csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }
}
