using System.Globalization;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Shared;

/// <summary>A percentage reads the same on screen and in an export: the screen writes the exported, rounded value.</summary>
public sealed class PercentTextTests
{
    [Theory]
    [InlineData("vi-VN", 88.75, "88,8%", 88.8)]
    [InlineData("en-US", 88.75, "88.8%", 88.8)]
    [InlineData("en-US", 12.25, "12.3%", 12.3)]
    [InlineData("en-US", 100, "100.0%", 100)]
    public void AHalfRoundsAwayFromZeroOnScreenAndInTheFileAlike(string culture, double percent, string shown, double exported)
    {
        using var scope = CultureScope.Use(culture);

        Assert.Equal(shown, PercentText.Of(percent));
        Assert.Equal(exported, PercentText.Round(percent));
    }

    [Fact]
    public void EveryAverageOfWholePercentagesShowsTheNumberTheExportWrites()
    {
        using var scope = CultureScope.Use("en-US");
        for (var count = 1; count <= 60; count++)
        {
            for (var sum = 0; sum <= 100 * count; sum += 5)
            {
                var average = (double)sum / count;
                var shown = double.Parse(PercentText.Of(average).TrimEnd('%'), CultureInfo.GetCultureInfo("en-US"));
                Assert.Equal(PercentText.Round(average), shown);
            }
        }
    }
}
