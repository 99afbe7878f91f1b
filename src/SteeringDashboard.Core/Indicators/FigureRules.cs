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

    /// <summary>
    /// A value typed or read as text: a non-negative whole number, written as <paramref name="culture"/> writes numbers
    /// ("1.234" or "1234" under vi-VN, "1,234" under en-US; a decimal with the culture's separator is read as a decimal and
    /// refused as not whole), or as invariant digits ("12" or "12.0"). Groups of thousands must have three digits.
    /// </summary>
    public static FigureError? ParseValue(string? text, CultureInfo culture, out int value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return FigureError.Missing;
        }

        if (ParseNumber(text.Trim(), culture.NumberFormat) is not { } number)
        {
            return FigureError.NotWholeNumber;
        }

        return Check(number, out value);
    }

    /// <summary>A value an XLSX stores as a number: its invariant form.</summary>
    public static FigureError? ParseStoredNumber(string text, out int value)
    {
        value = 0;
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? Check(number, out value) : FigureError.NotWholeNumber;
    }

    private static FigureError? Check(decimal number, out int value)
    {
        value = 0;
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

    private static decimal? ParseNumber(string text, NumberFormatInfo format) =>
        ParseWith(text, format.NumberGroupSeparator, format.NumberDecimalSeparator)
        ?? ParseWith(text, NumberFormatInfo.InvariantInfo.NumberGroupSeparator, NumberFormatInfo.InvariantInfo.NumberDecimalSeparator);

    /// <summary>Optional sign, digits in groups of three separated by <paramref name="group"/> (or no groups), then an optional decimal part.</summary>
    private static decimal? ParseWith(string text, string group, string point)
    {
        var sign = text.StartsWith('-') || text.StartsWith('+') ? text[..1] : string.Empty;
        var rest = text[sign.Length..];
        var pointAt = rest.IndexOf(point, StringComparison.Ordinal);
        var whole = pointAt < 0 ? rest : rest[..pointAt];
        var fraction = pointAt < 0 ? string.Empty : rest[(pointAt + point.Length)..];
        var groups = whole.Split(group);
        var wellGrouped = groups.Length == 1
            ? groups[0].Length > 0 && groups[0].All(char.IsAsciiDigit)
            : groups[0].Length is >= 1 and <= 3 && groups.All(g => g.All(char.IsAsciiDigit)) && groups.Skip(1).All(g => g.Length == 3);
        if (!wellGrouped || (pointAt >= 0 && (fraction.Length == 0 || !fraction.All(char.IsAsciiDigit))))
        {
            return null;
        }

        var invariant = sign + string.Concat(groups) + (fraction.Length > 0 ? "." + fraction : string.Empty);
        return decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
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
