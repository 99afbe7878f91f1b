using SteeringDashboard.Core.Indicators;

namespace SteeringDashboard.Core.Tests.Indicators;

public sealed class FigureSheetTests
{
    [Fact]
    public void SheetNamesLoseTheCharactersExcelRefusesAndStayWithin31Characters()
    {
        var names = FigureSheet.SheetNames(["Quận/huyện: [30]*?", "'Tên'", "Số liệu chính của các chương trình phòng, chống tội phạm", ":/?"]);

        Assert.Equal(["Quậnhuyện 30", "Tên", "Số liệu chính của các chương tr", "Sheet4"], names);
        Assert.All(names, n => Assert.InRange(n.Length, 1, 31));
    }

    [Fact]
    public void ARepeatedSheetNameIsNumberedWhateverItsCase()
    {
        var names = FigureSheet.SheetNames(["Đơn vị", "ĐƠN VỊ", "Đơn vị", new string('x', 40), new string('x', 35)]);

        Assert.Equal(["Đơn vị", "ĐƠN VỊ (2)", "Đơn vị (3)", new string('x', 31), new string('x', 27) + " (2)"], names);
    }
}
