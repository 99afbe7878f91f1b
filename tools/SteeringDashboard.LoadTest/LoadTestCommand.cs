using Microsoft.Playwright;

namespace SteeringDashboard.LoadTest;

/// <summary>The console entry: parses the options, runs, prints and writes the result; exit code 2 for bad options, 1 for a failed run.</summary>
public static class LoadTestCommand
{
    // A run ends on its own: opening is bounded per circuit and each change by its timeout; this is the backstop.
    private static readonly TimeSpan MaxRun = TimeSpan.FromMinutes(60);

    public static async Task<int> Main(string[] args)
    {
        LoadTestOptions options;
        try
        {
            options = LoadTestOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            await Console.Error.WriteLineAsync(LoadTestOptions.Usage);
            return 2;
        }

        using var cancellation = new CancellationTokenSource(MaxRun);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        try
        {
            var result = options.BrowserPages is null
                ? await LoadRun.RunAsync(options, Console.Out, cancellation.Token)
                : await BrowserRun.RunAsync(options, Console.Out, cancellation.Token);
            var json = result.ToJson();
            Console.WriteLine(json);
            if (options.JsonFile is not null)
            {
                await File.WriteAllTextAsync(options.JsonFile, json + Environment.NewLine, CancellationToken.None);
            }

            return 0;
        }
        catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException or OperationCanceledException or PlaywrightException)
        {
            await Console.Error.WriteLineAsync($"The load run failed: {exception.Message}");
            return 1;
        }
    }
}
