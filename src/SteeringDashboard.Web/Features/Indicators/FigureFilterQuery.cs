using System.Globalization;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Web.Features.Indicators;

/// <summary>
/// A <see cref="FigureFilter"/> in a URL's query string, read the same way by the figures page and the export endpoint, so
/// that an export link reproduces exactly the table on the screen. Units and indicators go by code, kinds by name.
/// </summary>
public static class FigureFilterQuery
{
    public const string YearKey = "year";
    public const string FromKey = "from";
    public const string ToKey = "to";
    public const string KindKey = "kind";
    public const string UnitKey = "unit";
    public const string ProgrammeKey = "programme";
    public const string GroupKey = "group";
    public const string IndicatorKey = "indicator";
    public const string FormatKey = "format";

    /// <summary>The filter the values name; a missing or unreadable year takes <paramref name="defaultYear"/>, missing months the whole year up to <paramref name="defaultToMonth"/>.</summary>
    public static FigureFilter Parse(
        string? year, string? from, string? to, string? kind, string? unit, string? programme, string? group, string? indicator,
        int defaultYear, int defaultToMonth) =>
        new FigureFilter(
            Int(year) is { } y and >= FigureRules.FirstYear and <= 9999 ? y : defaultYear,
            Int(from) ?? 1,
            Int(to) ?? defaultToMonth,
            EnumOf<UnitKind>(kind),
            unit,
            EnumOf<ProgrammeCode>(programme),
            EnumOf<IndicatorGroup>(group),
            indicator).Normalized();

    /// <summary>Reads the filter from a request's query string.</summary>
    public static FigureFilter Parse(IQueryCollection query, int defaultYear, int defaultToMonth) =>
        Parse(query[YearKey], query[FromKey], query[ToKey], query[KindKey], query[UnitKey], query[ProgrammeKey], query[GroupKey], query[IndicatorKey],
            defaultYear, defaultToMonth);

    /// <summary>The query parameters of a filter (null for what it leaves open).</summary>
    public static Dictionary<string, object?> ToQuery(FigureFilter filter) => new()
    {
        [YearKey] = filter.Year.ToString(CultureInfo.InvariantCulture),
        [FromKey] = filter.FromMonth.ToString(CultureInfo.InvariantCulture),
        [ToKey] = filter.ToMonth.ToString(CultureInfo.InvariantCulture),
        [KindKey] = filter.Kind?.ToString(),
        [UnitKey] = filter.UnitCode,
        [ProgrammeKey] = filter.Programme?.ToString(),
        [GroupKey] = filter.Group?.ToString(),
        [IndicatorKey] = filter.IndicatorCode,
    };

    /// <summary>The export endpoint's address for the filter in <paramref name="format"/>.</summary>
    public static string ExportPath(FigureFilter filter, FigureFileFormat format)
    {
        var parameters = ToQuery(filter)
            .Where(p => p.Value is not null)
            .Prepend(new KeyValuePair<string, object?>(FormatKey, FormatName(format)))
            .Select(p => $"{p.Key}={Uri.EscapeDataString((string)p.Value!)}");
        return FigureEndpoints.ExportRoute + "?" + string.Join("&", parameters);
    }

    public static string FormatName(FigureFileFormat format) => format == FigureFileFormat.Csv ? "csv" : "xlsx";

    public static FigureFileFormat? FormatOf(string? name) => name?.ToLowerInvariant() switch
    {
        "csv" => FigureFileFormat.Csv,
        "xlsx" => FigureFileFormat.Xlsx,
        _ => null,
    };

    /// <summary>The named member of <typeparamref name="T"/> (any case), or null for anything else, numbers included.</summary>
    public static T? EnumOf<T>(string? name)
        where T : struct, Enum =>
        Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(name, out _) ? value : null;

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
