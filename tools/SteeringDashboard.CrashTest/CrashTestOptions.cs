using System.Globalization;

namespace SteeringDashboard.CrashTest;

/// <summary>The harness's command line.</summary>
public sealed record CrashTestOptions(
    string AppPath,
    string DataFolder,
    int Runs,
    TimeSpan MaxWrites,
    int Port,
    string MetricsUrl,
    int Seed,
    string? JsonFile)
{
    public const string Usage =
        "Usage: SteeringDashboard.CrashTest --app PUBLISHED/SteeringDashboard.Web.dll --data FOLDER [--runs 200] [--seconds 3] "
        + "[--port 5331] [--metrics-url URL] [--seed N] [--json FILE]";

    /// <summary>The app's SQLite file in the data folder.</summary>
    public string DatabasePath => Path.Combine(DataFolder, "steering.db");

    /// <summary>The app's stored files in the data folder.</summary>
    public string FilesFolder => Path.Combine(DataFolder, "files");

    public Uri Url => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}"));

    public static CrashTestOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected an option and its value at '{args[i]}'.");
            }

            values[args[i][2..]] = args[i + 1];
        }

        var app = values.GetValueOrDefault("app") ?? throw new ArgumentException("--app is required.");
        var data = values.GetValueOrDefault("data") ?? throw new ArgumentException("--data is required.");
        return new CrashTestOptions(
            Path.GetFullPath(app),
            Path.GetFullPath(data),
            Number(values, "runs", 200),
            TimeSpan.FromSeconds(Number(values, "seconds", 3)),
            Number(values, "port", 5331),
            values.GetValueOrDefault("metrics-url") ?? "",
            Number(values, "seed", Environment.TickCount),
            values.GetValueOrDefault("json"));
    }

    private static int Number(Dictionary<string, string> values, string name, int defaultValue) =>
        !values.TryGetValue(name, out var text) ? defaultValue
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
        : throw new ArgumentException($"--{name} must be a whole number above 0.");
}
