using System.Text.Json;
using System.Text.Json.Serialization;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Security;

/// <summary>How much of a figure a reader sees. The default hides the figure.</summary>
public enum FigureVisibility
{
    /// <summary>Nothing: showing it would let the reader work out a figure below the threshold (a total, by subtraction).</summary>
    Withheld = 0,

    /// <summary>Only that it lies between 1 and the threshold minus one ("&lt; 5").</summary>
    BelowThreshold = 1,

    /// <summary>The number itself.</summary>
    Exact = 2,
}

/// <summary>A figure as one reader may see it: <see cref="Value"/> holds the number only when it is shown exactly.</summary>
[JsonConverter(typeof(DisclosedFigureJsonConverter))]
public readonly record struct DisclosedFigure
{
    private DisclosedFigure(FigureVisibility visibility, long? value)
    {
        Visibility = visibility;
        Value = value;
    }

    public static DisclosedFigure Withheld => new(FigureVisibility.Withheld, null);

    public static DisclosedFigure BelowThreshold => new(FigureVisibility.BelowThreshold, null);

    public FigureVisibility Visibility { get; }

    /// <summary>The number when <see cref="Visibility"/> is <see cref="FigureVisibility.Exact"/>, otherwise null.</summary>
    public long? Value { get; }

    public bool IsHidden => Visibility != FigureVisibility.Exact;

    public static DisclosedFigure Exact(long value) => new(FigureVisibility.Exact, value);
}

/// <summary>A line of figures as one reader may see them: each cell (null where nothing was reported) and their total.</summary>
public sealed record DisclosedLine(IReadOnlyList<DisclosedFigure?> Cells, DisclosedFigure Total);

/// <summary>
/// Which victim figures one reader sees exactly: the one place the small-count rule is decided. A sensitive figure from 1 to
/// <see cref="Threshold"/> − 1 is hidden ("&lt; N") unless the reader may <see cref="SteeringAction.SeeExactVictimFigures"/>
/// for the figure's unit. A sum of figures (over months, units, or both) is shown only when none of the figures it adds up
/// is hidden from the reader; otherwise it is withheld, or shown as "&lt; N" when it is a single figure. So every number a
/// reader is shown adds up only figures that reader may see, and no combination of them (differences between periods,
/// groups or screens) can pin down a hidden one. Nobody signed in sees no small figure.
/// </summary>
public sealed class FigureDisclosure
{
    private readonly Func<int?, bool> _maySeeExactly;

    public FigureDisclosure(Actor? reader, int threshold)
        : this(unitId => reader is { } actor && Permissions.Allows(actor, SteeringAction.SeeExactVictimFigures, unitId), threshold)
    {
    }

    private FigureDisclosure(Func<int?, bool> maySeeExactly, int threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        _maySeeExactly = maySeeExactly;
        Threshold = threshold;
    }

    /// <summary>Every figure exactly: for a document whose every reader may see them all (the committee's pack).</summary>
    public static FigureDisclosure Unrestricted(int threshold) => new(_ => true, threshold);

    /// <summary>Figures below this are hidden from readers who may not see them exactly.</summary>
    public int Threshold { get; }

    public static FigureDisclosure For(Actor? reader, PrivacyOptions options) => new(reader, options.VictimThreshold);

    /// <summary>
    /// Whether a figure is small: from 1 to <paramref name="threshold"/> − 1. Zero is not: it counts no victim, and the
    /// committee needs to see where there were none. <see cref="SumColumnsSql"/> states the same in SQL.
    /// </summary>
    public static bool IsSmall(long value, int threshold) => value >= 1 && value < threshold;

    /// <summary>
    /// The columns a query reads for a <see cref="FigureSum"/> (named <paramref name="prefix"/>Value, Figures, SmallUnits)
    /// over the rows where <paramref name="condition"/> holds, with the figure in <paramref name="value"/> and its unit in
    /// <paramref name="unit"/>; the query passes the threshold as <c>@threshold</c>.
    /// </summary>
    internal static string SumColumnsSql(SqlDialect dialect, string value, string unit, string condition = "TRUE", string prefix = "") => $"""
        SUM(CASE WHEN {condition} THEN {value} END) AS {prefix}Value,
        COUNT(CASE WHEN {condition} THEN {value} END) AS {prefix}Figures,
        {dialect.JoinDistinct($"CASE WHEN ({condition}) AND {value} BETWEEN 1 AND @threshold - 1 THEN {unit} END")} AS {prefix}SmallUnits
        """;

    /// <summary>Whether the reader sees a figure of <paramref name="unitId"/> (null: of several units) exactly.</summary>
    public bool ShowsExactly(bool isSensitive, int? unitId, long value) =>
        !isSensitive || !IsSmall(value, Threshold) || MaySeeExactly(unitId);

    /// <summary>One figure of one unit (or of no unit) as the reader may see it.</summary>
    public DisclosedFigure Disclose(bool isSensitive, int? unitId, long value) =>
        ShowsExactly(isSensitive, unitId, value) ? DisclosedFigure.Exact(value) : DisclosedFigure.BelowThreshold;

    /// <summary>
    /// A sum read from the monthly figures as the reader may see it: exact when no figure it adds up is hidden from the
    /// reader; a single hidden figure is shown as "&lt; N", a sum with a hidden figure is withheld.
    /// </summary>
    public DisclosedFigure Disclose(bool isSensitive, FigureSum sum)
    {
        if (!isSensitive || sum.Value <= 0 || MaySeeExactly(unitId: null))
        {
            return DisclosedFigure.Exact(sum.Value);
        }

        if (sum.SmallFigureUnits is { } small && small.All(unit => MaySeeExactly(unit)))
        {
            return DisclosedFigure.Exact(sum.Value);
        }

        return sum.Figures == 1 ? DisclosedFigure.BelowThreshold : DisclosedFigure.Withheld;
    }

    /// <summary>
    /// Figures shown side by side with their total (a unit's months, or each unit's result for one indicator). Small
    /// figures are hidden as by <see cref="Disclose(bool, int?, long)"/>; the total is withheld as soon as one of its figures
    /// is hidden, since the total minus the figures shown would give the hidden ones away.
    /// </summary>
    /// <param name="cells">Each figure with its unit; a null value (nothing reported) counts as nothing.</param>
    public DisclosedLine DiscloseLine(bool isSensitive, IReadOnlyList<(int? UnitId, long? Value)> cells)
    {
        var shown = cells
            .Select(cell => cell.Value is { } value ? Disclose(isSensitive, cell.UnitId, value) : (DisclosedFigure?)null)
            .ToList();
        var total = shown.Any(cell => cell is { IsHidden: true })
            ? DisclosedFigure.Withheld
            : DisclosedFigure.Exact(cells.Sum(cell => cell.Value ?? 0));
        return new DisclosedLine(shown, total);
    }

    private bool MaySeeExactly(int? unitId) => _maySeeExactly(unitId);
}

/// <summary>Stores a <see cref="DisclosedFigure"/> in a frozen pack: the number when exact, else <c>"belowThreshold"</c> or <c>"withheld"</c>.</summary>
internal sealed class DisclosedFigureJsonConverter : JsonConverter<DisclosedFigure>
{
    private const string BelowThreshold = "belowThreshold";
    private const string Withheld = "withheld";

    public override DisclosedFigure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => DisclosedFigure.Exact(reader.GetInt64()),
        JsonTokenType.String when reader.ValueTextEquals(BelowThreshold) => DisclosedFigure.BelowThreshold,
        JsonTokenType.String when reader.ValueTextEquals(Withheld) => DisclosedFigure.Withheld,
        _ => throw new JsonException("A disclosed figure is a number, \"belowThreshold\" or \"withheld\"."),
    };

    public override void Write(Utf8JsonWriter writer, DisclosedFigure value, JsonSerializerOptions options)
    {
        switch (value.Visibility)
        {
            case FigureVisibility.Exact:
                writer.WriteNumberValue(value.Value!.Value);
                break;
            case FigureVisibility.BelowThreshold:
                writer.WriteStringValue(BelowThreshold);
                break;
            default:
                writer.WriteStringValue(Withheld);
                break;
        }
    }
}
