using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Plans;

namespace SteeringDashboard.Core.Tests.Dashboard;

public sealed class FigurePeriodTests
{
    private static readonly PlanSummary Plan = new(
        1, 2018, "127/KH-BCD", "vi", "en", new(2018, 6, 6), new(2018, 7, 30), null, null, new(2018, 1, 1), new(2018, 7, 31), new(2018, 7, 10), true);

    [Theory]
    [InlineData(2018, 6, 30, 6)]
    [InlineData(2018, 7, 1, 6)]
    [InlineData(2018, 7, 30, 6)]
    [InlineData(2018, 7, 31, 7)]
    [InlineData(2018, 1, 15, 0)]
    [InlineData(2019, 3, 1, 12)]
    public void CountsTheMonthsEndedByTheAsOfDate(int year, int month, int day, int toMonth)
    {
        var period = FigurePeriod.For(Plan, new DateOnly(year, month, day));

        Assert.Equal(new FigurePeriod(2018, 1, toMonth), period);
        Assert.Equal(toMonth == 0, period.IsEmpty);
    }
}
