using System.Globalization;

namespace SteeringDashboard.LoadTest;

/// <summary>What a load run does: who watches which screen in how many circuits, who saves, and how often.</summary>
public sealed record LoadTestOptions
{
    public required Uri Url { get; init; }

    public required string User { get; init; }

    public required string Password { get; init; }

    /// <summary>The base32 authenticator key of <see cref="User"/>, for the accounts whose role signs in with a second factor.</summary>
    public string? TotpKey { get; init; }

    public string Route { get; init; } = "/";

    public int Circuits { get; init; } = 1;

    public int Changes { get; init; } = 1;

    /// <summary>Where the result is written as JSON; none when null.</summary>
    public string? JsonFile { get; init; }

    /// <summary>The account that saves the changes (one who may edit <see cref="AssignmentId"/>); <see cref="User"/> when null.</summary>
    public string? Writer { get; init; }

    public string? WriterPassword { get; init; }

    public string? WriterTotpKey { get; init; }

    /// <summary>Where the writer saves: another instance of the app on the same database; <see cref="Url"/> when null.</summary>
    public Uri? WriterUrl { get; init; }

    /// <summary>The assignment whose progress each change saves.</summary>
    public int AssignmentId { get; init; } = 1;

    /// <summary>A circuit that got no render batch this long after a change missed it.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The app's Prometheus endpoint; http://127.0.0.1:9464/metrics (the app's default) when null.</summary>
    public Uri? MetricsUrl { get; init; }

    /// <summary>How many circuits are being opened at once.</summary>
    public int Parallelism { get; init; } = 8;

    /// <summary>
    /// When set, the run uses this many Chromium pages instead of headless circuits, and the writer saves in the edit dialog
    /// of <see cref="Task"/> on <see cref="Unit"/>'s page (see <see cref="BrowserRun"/>).
    /// </summary>
    public int? BrowserPages { get; init; }

    public string ChromiumPath { get; init; } = "/usr/bin/chromium";

    /// <summary>The task number whose assignment to <see cref="Unit"/> the writer saves in a browser run.</summary>
    public int Task { get; init; } = 12;

    /// <summary>The unit code whose page holds the edit dialog in a browser run.</summary>
    public string Unit { get; init; } = "BA-DINH";

    public Uri MetricsAddress => MetricsUrl ?? new Uri("http://127.0.0.1:9464/metrics");

    public const string Usage = """
        Usage: SteeringDashboard.LoadTest --url URL --user NAME --password PASS [--totp-key KEY] [--route /]
               [--circuits N] [--changes M] [--json FILE] [--writer NAME --writer-password PASS [--writer-totp-key KEY] [--writer-url URL]]
               [--assignment ID] [--timeout-seconds 10] [--metrics-url http://127.0.0.1:9464/metrics] [--parallel 8]
               [--browser-pages N [--chromium /usr/bin/chromium] [--task 12] [--unit BA-DINH]]
        Opens N circuits on ROUTE signed in as NAME, saves M changes of the assignment's progress as the writer (NAME
        when no --writer is given; on the instance at --writer-url when given, e.g. the other instance behind nginx), and
        measures how long each circuit waits for its render batch after each save.
        With --browser-pages, opens that many Chromium pages instead, the writer saves task 12 of BA-DINH in its edit
        dialog, and each delay runs from the click on Save to the moment the page shows the change.
        """;

    /// <summary>Reads the command line; throws <see cref="ArgumentException"/> naming the option that is missing or wrong.</summary>
    public static LoadTestOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected an option and its value at '{args[i]}'.");
            }

            values[args[i][2..]] = args[++i];
        }

        string Required(string name) => values.Remove(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");
        string? Optional(string name) => values.Remove(name, out var value) ? value : null;
        int Number(string name, int fallback, int min) => Optional(name) is not { } text
            ? fallback
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min
                ? value
                : throw new ArgumentException($"--{name} must be a whole number of at least {min}; it is '{text}'.");
        Uri Address(string text, string name) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new ArgumentException($"--{name} must be an http or https address; it is '{text}'.");

        var options = new LoadTestOptions
        {
            Url = Address(Required("url"), "url"),
            User = Required("user"),
            Password = Required("password"),
            TotpKey = Optional("totp-key"),
            Route = Optional("route") is { } route ? (route.StartsWith('/') ? route : throw new ArgumentException($"--route must start with '/'; it is '{route}'.")) : "/",
            Circuits = Number("circuits", 1, 1),
            Changes = Number("changes", 1, 1),
            JsonFile = Optional("json"),
            Writer = Optional("writer"),
            WriterPassword = Optional("writer-password"),
            WriterTotpKey = Optional("writer-totp-key"),
            WriterUrl = Optional("writer-url") is { } writerUrl ? Address(writerUrl, "writer-url") : null,
            AssignmentId = Number("assignment", 1, 1),
            Timeout = TimeSpan.FromSeconds(Number("timeout-seconds", 10, 1)),
            MetricsUrl = Optional("metrics-url") is { } metrics ? Address(metrics, "metrics-url") : null,
            Parallelism = Number("parallel", 8, 1),
            BrowserPages = values.ContainsKey("browser-pages") ? Number("browser-pages", 1, 1) : null,
            ChromiumPath = Optional("chromium") ?? "/usr/bin/chromium",
            Task = Number("task", 12, 1),
            Unit = Optional("unit") ?? "BA-DINH",
        };
        if (options.Writer is not null && options.WriterPassword is null)
        {
            throw new ArgumentException("--writer-password is required with --writer.");
        }

        if (options.WriterUrl is not null && options.Writer is null)
        {
            throw new ArgumentException("--writer is required with --writer-url.");
        }

        return values.Count == 0 ? options : throw new ArgumentException($"Unknown option --{values.Keys.First()}.");
    }
}
