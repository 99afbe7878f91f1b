using System.Globalization;

namespace SteeringDashboard.LoadTest;

/// <summary>Reads the app's process working set from its Prometheus endpoint (the .NET runtime meter's <c>dotnet.process.memory.working_set</c>).</summary>
public static class ServerMetrics
{
    public const string WorkingSetMetric = "dotnet_process_memory_working_set_bytes";

    /// <summary>The working set in MB, or null (with the reason on <paramref name="log"/>) when the endpoint cannot be read.</summary>
    public static async Task<double?> WorkingSetMBAsync(Uri metricsUrl, TextWriter log, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            var text = await http.GetStringAsync(metricsUrl, cancellationToken);
            if (ValueOf(text, WorkingSetMetric) is { } bytes)
            {
                return Math.Round(bytes / (1024 * 1024), 1);
            }

            await log.WriteLineAsync($"{metricsUrl} has no {WorkingSetMetric}: server memory not measured.");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            await log.WriteLineAsync($"Could not read {metricsUrl} ({exception.Message}): server memory not measured.");
        }

        return null;
    }

    /// <summary>The value of the first sample of <paramref name="metric"/> in Prometheus text format.</summary>
    public static double? ValueOf(string exposition, string metric)
    {
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith(metric, StringComparison.Ordinal) && line.Length > metric.Length && line[metric.Length] is ' ' or '{')
            {
                var parts = line[(line.LastIndexOf('}') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var valueIndex = line[metric.Length] == '{' ? 0 : 1;
                if (parts.Length > valueIndex && double.TryParse(parts[valueIndex], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }
            }
        }

        return null;
    }
}
