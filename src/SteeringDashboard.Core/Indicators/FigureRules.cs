using System.Globalization;

namespace SteeringDashboard.Core.Indicators;

/// <summary>Why a figure is refused; the UI translates each code.</summary>
public enum FigureError
{
    Negative = 1,
    NotWholeNumber,
    TooLarge,
    MonthOutOfRange,
    YearOutOfRange,
    FutureMonth,
    UnknownIndicator,
    UnknownUnit,
    Missing,
    NotAllowedForUnit,
    DuplicateRow,
}

/// <summary>The rules every monthly figure obeys, whether typed on a screen or imported from a file.</summary>
public static class FigureRules
{
    /// <summary>The oldest year a figure may be recorded for (the 2017 plan's year, for same-period comparison).</summary>
    public const int FirstYear = 2000;

    /// <summary>
    /// An entry is an outlier when the unit has figures for the indicator in the 12 months before it and the entry is
    /// more than <see cref="OutlierFactor"/> times their largest and at least <see cref="OutlierMargin"/> above it
    /// (so 0 → 4 is no outlier, 2 → 12 is). Outliers need the person's confirmation; units without history are never outliers.
    /// </summary>
    public const int OutlierFactor = 3;

    public const int OutlierMargin = 10;

    public static bool IsOutlier(int value, int? previousMax) =>
        previousMax is { } max && value > (long)max * OutlierFactor && value >= (long)max + OutlierMargin;

    /// <summary>The month's position on one line (year × 12 + month − 1), to compare and window months in SQL and in memory.</summary>
    public static int PeriodIndex(int year, int month) => (year * 12) + month - 1;

    /// <summary>A value typed or read as text: a non-negative whole number (invariant digits, no separators).</summary>
    public static FigureError? ParseValue(string? text, out int value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return FigureError.Missing;
        }

        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return FigureError.NotWholeNumber;
        }

        if (number < 0)
        {
            return FigureError.Negative;
        }

        if (number != decimal.Truncate(number))
        {
            return FigureError.NotWholeNumber;
        }

        if (number > int.MaxValue)
        {
            return FigureError.TooLarge;
        }

        value = (int)number;
        return null;
    }

    /// <summary>A whole number read as text (year, month), or null.</summary>
    public static int? ParseWhole(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The errors of a month and value, against Ha Noi's <paramref name="today"/> (the current month may be entered, a later one not).</summary>
    public static IReadOnlyList<FigureError> Validate(int year, int month, long value, DateOnly today)
    {
        var errors = new List<FigureError>();
        if (value < 0)
        {
            errors.Add(FigureError.Negative);
        }

        if (month is < 1 or > 12)
        {
            errors.Add(FigureError.MonthOutOfRange);
        }
        else if (year < FirstYear || year > today.Year)
        {
            errors.Add(year > today.Year ? FigureError.FutureMonth : FigureError.YearOutOfRange);
        }
        else if (PeriodIndex(year, month) > PeriodIndex(today.Year, today.Month))
        {
            errors.Add(FigureError.FutureMonth);
        }

        return errors;
    }
}
