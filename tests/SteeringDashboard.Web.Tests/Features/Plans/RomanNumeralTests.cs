using SteeringDashboard.Web.Features.Plans;

namespace SteeringDashboard.Web.Tests.Features.Plans;

public sealed class RomanNumeralTests
{
    [Theory]
    [InlineData(1, "I")]
    [InlineData(2, "II")]
    [InlineData(3, "III")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(1994, "MCMXCIV")]
    public void WritesTheNumeral(int number, string numeral)
    {
        Assert.Equal(numeral, RomanNumeral.From(number));
    }

    [Fact]
    public void RejectsZero()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumeral.From(0));
    }
}
