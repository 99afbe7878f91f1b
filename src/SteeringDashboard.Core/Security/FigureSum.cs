using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SteeringDashboard.Core.Security;

/// <summary>
/// A victim figure as read from the monthly figures, before any reader sees it: the sum of one or more unit-month figures,
/// how many it adds up, and the units with a small figure (from 1 to the threshold − 1) among them. It holds no reader's
/// rights, so one computation can serve every reader (and a frozen pack can store it); its number reaches a reader only
/// through <see cref="FigureDisclosure.Disclose(bool, FigureSum)"/>.
/// </summary>
[JsonConverter(typeof(FigureSumJsonConverter))]
public sealed record FigureSum
{
    internal FigureSum(long value, int figures, IReadOnlyList<int>? smallFigureUnits)
    {
        Value = value;
        Figures = figures;
        SmallFigureUnits = smallFigureUnits;
    }

    /// <summary>The sum of nothing: no unit reported a figure.</summary>
    public static FigureSum None { get; } = new(0, 0, []);

    internal long Value { get; }

    /// <summary>How many unit-month figures the sum adds up.</summary>
    public int Figures { get; }

    /// <summary>
    /// The units with a figure from 1 to the threshold − 1 among those added up, in order; null when that is not known (a
    /// frozen pack stored before it was recorded), which hides the sum from every reader who may not see all figures exactly.
    /// </summary>
    internal IReadOnlyList<int>? SmallFigureUnits { get; }

    /// <summary>One unit's figure.</summary>
    public static FigureSum Of(int unitId, long value, int threshold) =>
        new(value, 1, FigureDisclosure.IsSmall(value, threshold) ? [unitId] : []);

    /// <summary>Both sums added up.</summary>
    public FigureSum Plus(FigureSum other) =>
        new(
            Value + other.Value,
            Figures + other.Figures,
            SmallFigureUnits is null || other.SmallFigureUnits is null ? null : SmallFigureUnits.Union(other.SmallFigureUnits).Order().ToList());

    /// <summary>
    /// This figure, reported for a period of <paramref name="months"/> months, as the sum of the <paramref name="monthly"/>
    /// figures it stands for: it counts their small figures as its own, so it hides wherever they do. It reads as one figure
    /// ("&lt; N" when hidden) only for one month whose figure it equals, or when no month has a figure.
    /// </summary>
    public FigureSum Reported(FigureSum monthly, int months) =>
        new(
            Value,
            months == 1 && (monthly.Figures == 0 || monthly.Value == Value) ? 1 : Math.Max(2, months),
            SmallFigureUnits is null || monthly.SmallFigureUnits is null ? null : SmallFigureUnits.Union(monthly.SmallFigureUnits).Order().ToList());

    /// <summary>The sum a query read with the columns of <see cref="FigureDisclosure.SumColumnsSql"/>.</summary>
    internal static FigureSum FromSql(long? value, int figures, string? smallFigureUnits) =>
        new(
            value ?? 0,
            figures,
            string.IsNullOrEmpty(smallFigureUnits)
                ? []
                : smallFigureUnits.Split(',').Select(u => int.Parse(u, CultureInfo.InvariantCulture)).Distinct().Order().ToList());

    public bool Equals(FigureSum? other) =>
        other is not null && Value == other.Value && Figures == other.Figures
        && (SmallFigureUnits is null ? other.SmallFigureUnits is null : other.SmallFigureUnits is not null && SmallFigureUnits.SequenceEqual(other.SmallFigureUnits));

    public override int GetHashCode() => HashCode.Combine(Value, Figures, SmallFigureUnits?.Count);
}

/// <summary>
/// Stores a <see cref="FigureSum"/> in a frozen pack as <c>{"value", "figures", "smallFigureUnits"}</c>. A bare number is a
/// figure frozen before the small units were recorded: it is read with them unknown, so that it stays hidden where it might
/// give a small figure away.
/// </summary>
internal sealed class FigureSumJsonConverter : JsonConverter<FigureSum>
{
    public override FigureSum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return new FigureSum(reader.GetInt64(), 0, null);
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var small = root.TryGetProperty("smallFigureUnits", out var units) && units.ValueKind == JsonValueKind.Array
            ? units.EnumerateArray().Select(u => u.GetInt32()).ToList()
            : null;
        return new FigureSum(root.GetProperty("value").GetInt64(), root.GetProperty("figures").GetInt32(), small);
    }

    public override void Write(Utf8JsonWriter writer, FigureSum value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("value", value.Value);
        writer.WriteNumber("figures", value.Figures);
        if (value.SmallFigureUnits is { } units)
        {
            writer.WriteStartArray("smallFigureUnits");
            foreach (var unit in units)
            {
                writer.WriteNumberValue(unit);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
