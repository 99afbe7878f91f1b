using System.Text.Json;
using System.Text.Json.Serialization;

namespace SteeringDashboard.LoadTest;

/// <summary>
/// What a run measured: per change and circuit, the delay from sending the save (which commits before it answers) to
/// that circuit's first render batch after it, in milliseconds; <see cref="Missed"/> counts the circuit-changes pairs with no
/// batch within the timeout (a circuit that failed to open misses every change).
/// </summary>
public sealed record LoadResult(
    [property: JsonPropertyName("circuits")] int Circuits,
    [property: JsonPropertyName("changes")] int Changes,
    [property: JsonPropertyName("p50Ms")] double P50Ms,
    [property: JsonPropertyName("p95Ms")] double P95Ms,
    [property: JsonPropertyName("p99Ms")] double P99Ms,
    [property: JsonPropertyName("maxMs")] double MaxMs,
    [property: JsonPropertyName("missed")] int Missed,
    [property: JsonPropertyName("serverMemoryMBBefore")] double? ServerMemoryMBBefore,
    [property: JsonPropertyName("serverMemoryMBAfter")] double? ServerMemoryMBAfter)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, Indented);

    /// <summary>The result from the measured delays (milliseconds), by nearest rank.</summary>
    public static LoadResult From(int circuits, int changes, IReadOnlyList<double> delaysMs, int missed, double? memoryBefore, double? memoryAfter)
    {
        var sorted = delaysMs.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Max(0, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)], 1);
        return new LoadResult(circuits, changes, Percentile(50), Percentile(95), Percentile(99), Percentile(100), missed, memoryBefore, memoryAfter);
    }
}
