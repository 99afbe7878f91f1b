using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Features.Units;

namespace SteeringDashboard.Web.Tests.Features.Units;

public sealed class FigureTableTests
{
    [Fact]
    public void HasOneColumnPerMonthOfThePeriod()
    {
        var table = FigureTable.Build(new FigurePeriod(2018, 1, 3), []);

        Assert.Equal([new DateOnly(2018, 1, 1), new DateOnly(2018, 2, 1), new DateOnly(2018, 3, 1)], table.Months);
    }

    [Fact]
    public void MonthWithoutValueStaysEmptyAndTotalSumsReportedMonths()
    {
        var table = FigureTable.Build(
            new FigurePeriod(2018, 1, 3),
            [Value(1, IndicatorGroup.Communication, month: 1, value: 1200), Value(1, IndicatorGroup.Communication, month: 3, value: 34)]);

        var row = Assert.Single(Assert.Single(table.Groups).Rows);
        Assert.Equal([1200, null, 34], row.Values);
        Assert.Equal(1234, row.Total);
    }

    [Fact]
    public void GroupsAndRowsKeepTheOrderOfTheValues()
    {
        var table = FigureTable.Build(
            new FigurePeriod(2018, 1, 1),
            [
                Value(7, IndicatorGroup.Enforcement, month: 1, value: 1),
                Value(3, IndicatorGroup.Enforcement, month: 1, value: 2),
                Value(9, IndicatorGroup.Victims, month: 1, value: 3, isSensitive: true),
            ]);

        Assert.Equal([IndicatorGroup.Enforcement, IndicatorGroup.Victims], table.Groups.Select(g => g.Group));
        Assert.Equal(["I7", "I3"], table.Groups[0].Rows.Select(r => r.Code));
        Assert.False(table.Groups[0].IsSensitive);
        Assert.True(table.Groups[1].IsSensitive);
    }

    [Fact]
    public void ValuesOutsideThePeriodAreLeftOut()
    {
        var table = FigureTable.Build(
            new FigurePeriod(2018, 1, 2),
            [Value(1, IndicatorGroup.Communication, month: 2, value: 5), Value(1, IndicatorGroup.Communication, month: 7, value: 100)]);

        var row = Assert.Single(Assert.Single(table.Groups).Rows);
        Assert.Equal([null, 5], row.Values);
        Assert.Equal(5, row.Total);
    }

    [Fact]
    public void PeriodWithoutEndedMonthHasNoColumnsAndNoRows()
    {
        var table = FigureTable.Build(new FigurePeriod(2018, 1, 0), [Value(1, IndicatorGroup.Communication, month: 1, value: 5)]);

        Assert.Empty(table.Months);
        Assert.Empty(table.Groups);
    }

    private static IndicatorMonthValue Value(int indicatorId, IndicatorGroup group, int month, int value, bool isSensitive = false) => new()
    {
        IndicatorId = indicatorId,
        Code = $"I{indicatorId}",
        NameVi = $"Chỉ tiêu {indicatorId}",
        NameEn = $"Indicator {indicatorId}",
        Group = group,
        IsSensitive = isSensitive,
        Month = month,
        Value = value,
    };
}
