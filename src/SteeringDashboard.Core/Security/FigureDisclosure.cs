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
/// Which victim figures one reader sees exactly. A sensitive figure from 1 to <see cref="Threshold"/> − 1 is hidden ("&lt; N")
/// unless the reader may <see cref="SteeringAction.SeeExactVictimFigures"/> for the figure's unit; a figure of no single unit
/// (a city-wide total) only to readers who may for every unit. Nobody signed in sees no small figure.
/// </summary>
public sealed class FigureDisclosure
{
    private readonly Actor? _reader;

    public FigureDisclosure(Actor? reader, int threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        _reader = reader;
        Threshold = threshold;
    }

    /// <summary>Figures below this are hidden from readers who may not see them exactly.</summary>
    public int Threshold { get; }

    public static FigureDisclosure For(Actor? reader, PrivacyOptions options) => new(reader, options.VictimThreshold);

    /// <summary>Whether the reader sees a figure of <paramref name="unitId"/> (null: of several units) exactly.</summary>
    public bool ShowsExactly(bool isSensitive, int? unitId, long value) =>
        // Zero is shown: it counts no victim, and the committee needs to see where there were none.
        !isSensitive || value <= 0 || value >= Threshold || MaySeeExactly(unitId);

    public DisclosedFigure Disclose(bool isSensitive, int? unitId, long value) =>
        ShowsExactly(isSensitive, unitId, value) ? DisclosedFigure.Exact(value) : DisclosedFigure.BelowThreshold;

    /// <summary>
    /// Figures shown side by side with their total (a unit's months, or each unit's result for one indicator). Small
    /// figures are hidden as by <see cref="Disclose"/>; the total is withheld as soon as one of its figures is hidden,
    /// since the total minus the figures shown would give the hidden ones away (so would two totals of overlapping periods).
    /// </summary>
    /// <param name="cells">Each figure with its unit; a null value (nothing reported) counts as nothing.</param>
    /// <param name="totalUnitId">The unit of the total; null when the figures belong to several units.</param>
    public DisclosedLine DiscloseLine(bool isSensitive, IReadOnlyList<(int? UnitId, long? Value)> cells, int? totalUnitId)
    {
        var shown = cells
            .Select(cell => cell.Value is { } value ? Disclose(isSensitive, cell.UnitId, value) : (DisclosedFigure?)null)
            .ToList();
        var total = shown.Any(cell => cell is { IsHidden: true })
            ? DisclosedFigure.Withheld
            : Disclose(isSensitive, totalUnitId, cells.Sum(cell => cell.Value ?? 0));
        return new DisclosedLine(shown, total);
    }

    /// <summary>
    /// The total of one group of units, where the reader can also see the city-wide total and every other group's total
    /// (the dashboard's unit-kind filter): withheld when any group's total is hidden, since the city-wide total minus the
    /// other groups would give it away. The city-wide total itself is disclosed as by <see cref="Disclose"/>.
    /// </summary>
    /// <param name="everyGroup">The totals of all the groups, which add up to the city-wide total.</param>
    public DisclosedFigure DiscloseGroupTotal(bool isSensitive, long value, IEnumerable<long> everyGroup) =>
        everyGroup.All(group => ShowsExactly(isSensitive, unitId: null, group))
            ? Disclose(isSensitive, unitId: null, value)
            : DisclosedFigure.Withheld;

    private bool MaySeeExactly(int? unitId) =>
        _reader is { } reader && Permissions.Allows(reader, SteeringAction.SeeExactVictimFigures, unitId);
}
