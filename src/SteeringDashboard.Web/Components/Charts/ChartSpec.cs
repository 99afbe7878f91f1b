using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SteeringDashboard.Web.Components.Charts;

/// <summary>How a chart draws its datasets.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChartKind>))]
public enum ChartKind
{
    Bar,
    Line,
}

/// <summary>How values are shown on the value axis, in tooltips and in the data table.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChartValueFormat>))]
public enum ChartValueFormat
{
    /// <summary>Whole numbers with the culture's group separator (1.234 under vi-VN).</summary>
    Number,

    /// <summary>Fractions shown as percentages with one decimal (0.986 is 98,6% under vi-VN).</summary>
    Percent,
}

/// <summary>One series of a chart: a value for each of the chart's labels.</summary>
/// <param name="Label">The series name shown in the legend, tooltips and the table's column header.</param>
/// <param name="Data">
/// One value per label of the chart, in the same order; null for a value left out (a hidden victim figure), which the
/// browser never receives as a number.
/// </param>
/// <param name="Colour">A CSS colour, normally one of <see cref="ChartPalette"/>.</param>
/// <param name="Stack">Datasets sharing a stack name are stacked together when the chart is stacked.</param>
/// <param name="PointColours">A colour per label, overriding <paramref name="Colour"/> (e.g. bars coloured by unit kind).</param>
/// <param name="HiddenTexts">Per label, what the table and tooltips show in place of a value left out (e.g. "&lt; 5").</param>
public sealed record ChartDataset(
    string Label, IReadOnlyList<double?> Data, string Colour, string? Stack = null, IReadOnlyList<string>? PointColours = null, IReadOnlyList<string?>? HiddenTexts = null)
{
    // A snapshot, so that a caller reusing and mutating its list cannot change a spec already drawn.
    private readonly IReadOnlyList<double?> _data = [.. Data];
    private readonly IReadOnlyList<string>? _pointColours = PointColours is null ? null : [.. PointColours];
    private readonly IReadOnlyList<string?>? _hiddenTexts = HiddenTexts is null ? null : [.. HiddenTexts];

    public IReadOnlyList<double?> Data
    {
        get => _data;
        init => _data = [.. value];
    }

    public IReadOnlyList<string>? PointColours
    {
        get => _pointColours;
        init => _pointColours = value is null ? null : [.. value];
    }

    public IReadOnlyList<string?>? HiddenTexts
    {
        get => _hiddenTexts;
        init => _hiddenTexts = value is null ? null : [.. value];
    }

    /// <summary>What the table shows for the value of label <paramref name="index"/> when it is left out.</summary>
    public string HiddenTextAt(int index) => HiddenTexts is { } texts && index < texts.Count ? texts[index] ?? "" : "";

    public bool Equals(ChartDataset? other) =>
        other is not null
        && Label == other.Label
        && Colour == other.Colour
        && Stack == other.Stack
        && Data.SequenceEqual(other.Data)
        && (PointColours ?? []).SequenceEqual(other.PointColours ?? [])
        && (HiddenTexts ?? []).SequenceEqual(other.HiddenTexts ?? []);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Label);
        hash.Add(Colour);
        hash.Add(Stack);
        foreach (var value in Data)
        {
            hash.Add(value);
        }

        foreach (var colour in PointColours ?? [])
        {
            hash.Add(colour);
        }

        foreach (var text in HiddenTexts ?? [])
        {
            hash.Add(text);
        }

        return hash.ToHashCode();
    }
}

/// <summary>
/// Everything a chart shows, as an immutable value: two specs with the same contents are equal, so a
/// component redraws only when the data really changed. It goes to the browser as JSON serialized once per spec
/// (<see cref="Json"/>): a spec shared by every open dashboard is not serialized again per circuit.
/// </summary>
public sealed record ChartSpec
{
    private readonly IReadOnlyList<string> _labels = [];
    private readonly IReadOnlyList<ChartDataset> _datasets = [];

    private static readonly JsonSerializerOptions WireOptions = new(JsonSerializerDefaults.Web);

    // Made on first use; a copy made with "with" carries this field over, so it holds the spec it belongs to.
    private SerializedSpec? _serialized;

    public ChartKind Kind { get; init; } = ChartKind.Bar;

    /// <summary>The categories along the chart's label axis (units, months, statuses).</summary>
    public required IReadOnlyList<string> Labels
    {
        get => _labels;
        init => _labels = [.. value];
    }

    public required IReadOnlyList<ChartDataset> Datasets
    {
        get => _datasets;
        init => _datasets = [.. value];
    }

    /// <summary>Bars run left to right, labels down the side: suits long unit names.</summary>
    public bool Horizontal { get; init; }

    public bool Stacked { get; init; }

    public ChartValueFormat ValueFormat { get; init; } = ChartValueFormat.Number;

    /// <summary>Fixes the end of the value axis (1 for a percentage scale that should end at 100%).</summary>
    public double? AxisMax { get; init; }

    /// <summary>The culture name numbers are formatted with, in the browser and in the data table.</summary>
    public string Locale { get; init; } = CultureInfo.CurrentCulture.Name;

    /// <summary>Why some values are left out (see <see cref="ChartDataset.HiddenTexts"/>): the tooltip of their cells in the table.</summary>
    public string? HiddenNote { get; init; }

    public bool Equals(ChartSpec? other) =>
        ReferenceEquals(this, other)
        || other is not null
        && Kind == other.Kind
        && Horizontal == other.Horizontal
        && Stacked == other.Stacked
        && ValueFormat == other.ValueFormat
        && AxisMax == other.AxisMax
        && Locale == other.Locale
        && HiddenNote == other.HiddenNote
        && Labels.SequenceEqual(other.Labels)
        && Datasets.SequenceEqual(other.Datasets);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(Horizontal);
        hash.Add(Stacked);
        hash.Add(ValueFormat);
        hash.Add(AxisMax);
        hash.Add(Locale);
        hash.Add(HiddenNote);
        foreach (var label in Labels)
        {
            hash.Add(label);
        }

        foreach (var dataset in Datasets)
        {
            hash.Add(dataset);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats a value the way the chart shows it, in the spec's culture (N0 or P1).</summary>
    public string FormatValue(double value) =>
        value.ToString(ValueFormat == ChartValueFormat.Percent ? "P1" : "N0", Culture);

    private CultureInfo Culture => CultureInfo.GetCultureInfo(Locale);

    /// <summary>
    /// The spec as the chart module reads it: JSON (camelCase), serialized on first use and kept. <see cref="ChartCanvas"/>
    /// writes it into its canvas's <c>data-spec</c> attribute, so a new spec reaches the browser inside the render batch
    /// that carries the rest of the change, with no call of its own; every circuit renders the same string.
    /// </summary>
    public string Json
    {
        get
        {
            // Two circuits asking at once may both serialize it: the same text, so either may be kept.
            if (_serialized is not { } serialized || !ReferenceEquals(serialized.Spec, this))
            {
                serialized = new SerializedSpec(this, JsonSerializer.Serialize(
                    new Wire(Kind, Labels, Datasets, Horizontal, Stacked, ValueFormat, AxisMax, Locale, HiddenNote), WireOptions));
                _serialized = serialized;
            }

            return serialized.Text;
        }
    }

    private sealed record SerializedSpec(ChartSpec Spec, string Text);

    /// <summary>The properties the chart module reads, by the names it reads them (camelCase).</summary>
    private sealed record Wire(
        ChartKind Kind, IReadOnlyList<string> Labels, IReadOnlyList<ChartDataset> Datasets, bool Horizontal, bool Stacked,
        ChartValueFormat ValueFormat, double? AxisMax, string Locale, string? HiddenNote);
}
