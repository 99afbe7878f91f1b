using System.Globalization;
using SteeringDashboard.Core.Indicators;

namespace SteeringDashboard.Core.Tests.Indicators;

public sealed class FigureRulesTests
{
    [Theory]
    [InlineData("vi-VN", "3.644", 3644)]
    [InlineData("vi-VN", "1.234.567", 1234567)]
    [InlineData("vi-VN", "3644", 3644)]
    [InlineData("vi-VN", " 12 ", 12)]
    [InlineData("vi-VN", "12.0", 12)]
    [InlineData("vi-VN", "12,0", 12)]
    [InlineData("en-US", "3,644", 3644)]
    [InlineData("en-US", "12.0", 12)]
    public void AWholeNumberIsReadAsTheUsersLanguageWritesIt(string culture, string text, int expected)
    {
        Assert.Null(FigureRules.ParseValue(text, CultureInfo.GetCultureInfo(culture), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("vi-VN", "1,5", FigureError.NotWholeNumber)]
    [InlineData("vi-VN", "36.44", FigureError.NotWholeNumber)]
    [InlineData("vi-VN", "3.64.4", FigureError.NotWholeNumber)]
    [InlineData("vi-VN", "-1.234", FigureError.Negative)]
    [InlineData("en-US", "1.5", FigureError.NotWholeNumber)]
    [InlineData("en-US", "36,44", FigureError.NotWholeNumber)]
    [InlineData("en-US", "ten", FigureError.NotWholeNumber)]
    [InlineData("en-US", "", FigureError.Missing)]
    [InlineData("en-US", "3000000000", FigureError.TooLarge)]
    public void AnythingElseIsRefusedWithItsReason(string culture, string text, FigureError expected)
    {
        Assert.Equal(expected, FigureRules.ParseValue(text, CultureInfo.GetCultureInfo(culture), out _));
    }

    [Theory]
    [InlineData("1234", 1234, null)]
    [InlineData("1.234", 0, FigureError.NotWholeNumber)]
    [InlineData("1E3", 1000, null)]
    public void ANumberAWorkbookStoresIsReadInItsInvariantForm(string text, int expected, FigureError? error)
    {
        Assert.Equal(error, FigureRules.ParseStoredNumber(text, out var value));
        Assert.Equal(expected, value);
    }
}
