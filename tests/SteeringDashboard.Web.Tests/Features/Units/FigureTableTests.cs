using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Features.Units;

namespace SteeringDashboard.Web.Tests.Features.Units;

public sealed class FigureTableTests
{
    private const int UnitId = 4;

    private static readonly FigureDisclosure Committee =
        new(new Actor("user-1", "committee", "Committee", SteeringRole.CommitteeMember, null), threshold: 5);

    private static readonly FigureDisclosure Secretariat =
        new(new Actor("user-2", "secretariat", "Secretariat", SteeringRole.Secretariat, null), threshold: 5);

    [Fact]
    public void HasOneColumnPerMonthOfThePeriod()
    {
        var table = FigureTable.Build(new FigurePeriod(2018, 1, 3), [], Committee, UnitId);

        Assert.Equal([new DateOnly(2018, 1, 1), new DateOnly(2018, 2, 1), new DateOnly(2018, 3, 1)], table.Months);
    }

    [Fact]
    public void MonthWithoutValueStaysEmptyAndTotalSumsReportedMonths()
    {
        var table = FigureTable.Build(
            new FigurePeriod(2018, 1, 3),
            [Value(1, IndicatorGroup.Communication, month: 1, value: 1200), Value(1, IndicatorGroup.Communication, month: 3, value: 34)],
            Committee,
            UnitId);

        var row = Assert.Single(Assert.Single(table.Groups).Rows);
        Assert.Equal([DisclosedFigure.Exact(1200), null, DisclosedFigure.Exact(34)], row.Values);
        Assert.Equal(DisclosedFigure.Exact(1234), row.Total);
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
            ],
            Committee,
            UnitId);

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
            [Value(1, IndicatorGroup.Communication, month: 2, value: 5), Value(1, IndicatorGroup.Communication, month: 7, value: 100)],
            Committee,
            UnitId);

        var row = Assert.Single(Assert.Single(table.Groups).Rows);
        Assert.Equal([null, DisclosedFigure.Exact(5)], row.Values);
        Assert.Equal(DisclosedFigure.Exact(5), row.Total);
    }

    [Fact]
    public void PeriodWithoutEndedMonthHasNoColumnsAndNoRows()
    {
        var table = FigureTable.Build(new FigurePeriod(2018, 1, 0), [Value(1, IndicatorGroup.Communication, month: 1, value: 5)], Committee, UnitId);

        Assert.Empty(table.Months);
        Assert.Empty(table.Groups);
    }

    [Fact]
    public void SmallVictimFiguresAndTheirTotalAreHiddenFromAReaderWhoMayNotSeeThem()
    {
        var values = new[]
        {
            Value(1, IndicatorGroup.Enforcement, month: 1, value: 2),
            Value(9, IndicatorGroup.Victims, month: 1, value: 3, isSensitive: true),
            Value(9, IndicatorGroup.Victims, month: 2, value: 7, isSensitive: true),
        };

        var table = FigureTable.Build(new FigurePeriod(2018, 1, 2), values, Secretariat, UnitId);

        var enforcement = Assert.Single(table.Groups[0].Rows);
        Assert.Equal([DisclosedFigure.Exact(2), null], enforcement.Values);
        var victims = Assert.Single(table.Groups[1].Rows);
        Assert.Equal([DisclosedFigure.BelowThreshold, DisclosedFigure.Exact(7)], victims.Values);
        Assert.Equal(DisclosedFigure.Withheld, victims.Total);
        Assert.True(table.HasHiddenFigures);
        Assert.False(FigureTable.Build(new FigurePeriod(2018, 1, 2), values, Committee, UnitId).HasHiddenFigures);
    }

    [Fact]
    public void EachMonthAndTheTotalAreComparedWithTheSameMonthsOfThePreviousYearThatWereReportedThisYear()
    {
        var table = FigureTable.Build(
            new FigurePeriod(2018, 1, 3),
            [
                Value(1, IndicatorGroup.Communication, month: 1, value: 120, previous: 100),
                Value(1, IndicatorGroup.Communication, month: 2, value: 30),
                Value(1, IndicatorGroup.Communication, month: 3, value: 6, previous: 0),
            ],
            Committee,
            UnitId);

        var row = Assert.Single(Assert.Single(table.Groups).Rows);
        Assert.Equal([new SamePeriodChange(120, 100, 2017), null, new SamePeriodChange(6, 0, 2017)], row.Changes);
        Assert.Equal(new SamePeriodChange(156, 100, 2017), row.TotalChange);
    }

    [Fact]
    public void NoTotalChangeWithoutAnyPreviousFigure()
    {
        var table = FigureTable.Build(new FigurePeriod(2018, 1, 2), [Value(1, IndicatorGroup.Communication, month: 1, value: 12)], Committee, UnitId);

        var row = Assert.Single(Assert.Single(table.Groups).Rows);
        Assert.Equal([null, null], row.Changes);
        Assert.Null(row.TotalChange);
    }

    [Fact]
    public void AChangeIsHiddenWhenTheFigureOrThePreviousFigureIsHiddenAndSoIsTheTotalsChange()
    {
        IndicatorMonthValue[] values =
        [
            Value(2, IndicatorGroup.Victims, month: 1, value: 3, isSensitive: true, previous: 9),
            Value(2, IndicatorGroup.Victims, month: 2, value: 8, isSensitive: true, previous: 2),
            Value(2, IndicatorGroup.Victims, month: 3, value: 8, isSensitive: true, previous: 6),
        ];

        var hidden = Assert.Single(Assert.Single(FigureTable.Build(new FigurePeriod(2018, 1, 3), values, Secretariat, UnitId).Groups).Rows);
        var exact = Assert.Single(Assert.Single(FigureTable.Build(new FigurePeriod(2018, 1, 3), values, Committee, UnitId).Groups).Rows);

        Assert.Equal([null, null, new SamePeriodChange(8, 6, 2017)], hidden.Changes);
        Assert.Null(hidden.TotalChange);
        Assert.Equal([new SamePeriodChange(3, 9, 2017), new SamePeriodChange(8, 2, 2017), new SamePeriodChange(8, 6, 2017)], exact.Changes);
        Assert.Equal(new SamePeriodChange(19, 17, 2017), exact.TotalChange);
    }

    private static IndicatorMonthValue Value(int indicatorId, IndicatorGroup group, int month, int value, bool isSensitive = false, int? previous = null) => new()
    {
        IndicatorId = indicatorId,
        Code = $"I{indicatorId}",
        NameVi = $"Chỉ tiêu {indicatorId}",
        NameEn = $"Indicator {indicatorId}",
        Group = group,
        IsSensitive = isSensitive,
        Month = month,
        Value = value,
        PreviousValue = previous,
    };
}
