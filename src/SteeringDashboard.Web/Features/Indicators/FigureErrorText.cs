using System.Globalization;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Indicators;

namespace SteeringDashboard.Web.Features.Indicators;

/// <summary>The user's-language message of each reason a figure or a file is refused.</summary>
public static class FigureErrorText
{
    public static string Of(IStringLocalizer<FiguresText> text, FigureError error) => error switch
    {
        FigureError.Negative => text["Error.Negative"],
        FigureError.NotWholeNumber => text["Error.NotWholeNumber"],
        FigureError.TooLarge => text["Error.TooLarge"],
        FigureError.MonthOutOfRange => text["Error.MonthOutOfRange"],
        FigureError.YearOutOfRange => text["Error.YearOutOfRange"],
        FigureError.FutureMonth => text["Error.FutureMonth"],
        FigureError.UnknownIndicator => text["Error.UnknownIndicator"],
        FigureError.UnknownUnit => text["Error.UnknownUnit"],
        FigureError.Missing => text["Error.Missing"],
        FigureError.NotAllowedForUnit => text["Error.NotAllowedForUnit"],
        FigureError.DuplicateRow => text["Error.DuplicateRow"],
        _ => error.ToString(),
    };

    /// <summary>Why a whole file was refused, naming the limit it passed (<paramref name="size"/> writes a number of bytes).</summary>
    public static string Of(IStringLocalizer<FiguresText> text, FigureFileError error, FigureImportOptions limits, Func<long, string> size) => error switch
    {
        FigureFileError.Empty => text["FileError.Empty"],
        FigureFileError.TooLarge => text["FileError.TooLarge", size(limits.MaxBytes)],
        FigureFileError.TooManyRows => text["FileError.TooManyRows", limits.MaxRows.ToString("N0", CultureInfo.CurrentCulture)],
        FigureFileError.NotASpreadsheet => text["FileError.NotASpreadsheet"],
        FigureFileError.MissingColumns => text["FileError.MissingColumns"],
        FigureFileError.UnexpectedColumns => text["FileError.UnexpectedColumns"],
        FigureFileError.UnreadableText => text["FileError.UnreadableText"],
        FigureFileError.NoSeparator => text["FileError.NoSeparator"],
        FigureFileError.UnpackedTooLarge => text["FileError.UnpackedTooLarge", size(limits.MaxUnpackedBytes)],
        FigureFileError.TooManyCells => text["FileError.TooManyCells", limits.MaxCells.ToString("N0", CultureInfo.CurrentCulture)],
        _ => error.ToString(),
    };
}
