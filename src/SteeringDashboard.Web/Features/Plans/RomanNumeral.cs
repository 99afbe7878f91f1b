namespace SteeringDashboard.Web.Features.Plans;

/// <summary>Roman numerals, as Vietnamese plans number their sections (I, II, III, IV…).</summary>
public static class RomanNumeral
{
    private static readonly (int Value, string Symbol)[] Symbols =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>The numeral for 1 to 3999.</summary>
    public static string From(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 3999);
        var numeral = new System.Text.StringBuilder();
        foreach (var (value, symbol) in Symbols)
        {
            for (; number >= value; number -= value)
            {
                numeral.Append(symbol);
            }
        }

        return numeral.ToString();
    }
}
