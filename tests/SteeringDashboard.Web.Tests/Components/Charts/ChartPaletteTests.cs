using System.Globalization;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Web.Components.Charts;

namespace SteeringDashboard.Web.Tests.Components.Charts;

public class ChartPaletteTests
{
    public static TheoryData<DeadlineStatus> Statuses => new(Enum.GetValues<DeadlineStatus>());

    [Theory]
    [MemberData(nameof(Statuses))]
    public void StatusColourHasAtLeastThreeToOneContrastOnWhite(DeadlineStatus status)
    {
        var colour = ChartPalette.ForStatus(status);

        Assert.True(ContrastOnWhite(colour) >= 3, $"{status} {colour}: {ContrastOnWhite(colour):0.00}:1");
    }

    [Fact]
    public void EachStatusHasItsOwnColour()
    {
        var colours = Enum.GetValues<DeadlineStatus>().Select(ChartPalette.ForStatus).ToList();

        Assert.Equal(colours.Count, colours.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void SeriesColoursRepeatAfterThePaletteRunsOut()
    {
        Assert.Equal(ChartPalette.Series[0], ChartPalette.ForSeries(ChartPalette.Series.Count));
        Assert.Equal(8, ChartPalette.Series.Distinct().Count());
    }

    // WCAG 2 relative luminance and contrast ratio.
    private static double ContrastOnWhite(string hex)
    {
        var channels = Enumerable.Range(0, 3)
            .Select(i => int.Parse(hex.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255d)
            .Select(c => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4))
            .ToArray();
        var luminance = (0.2126 * channels[0]) + (0.7152 * channels[1]) + (0.0722 * channels[2]);
        return 1.05 / (luminance + 0.05);
    }
}
