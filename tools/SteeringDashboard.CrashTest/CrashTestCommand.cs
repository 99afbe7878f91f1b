namespace SteeringDashboard.CrashTest;

/// <summary>The console entry: exit code 0 when every run's checks passed, 1 when one failed or the harness could not run, 2 for bad options.</summary>
public static class CrashTestCommand
{
    public static async Task<int> Main(string[] args)
    {
        CrashTestOptions options;
        try
        {
            options = CrashTestOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            await Console.Error.WriteLineAsync(CrashTestOptions.Usage);
            return 2;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        await Console.Out.WriteLineAsync($"Crash test: {options.Runs} runs on {options.DataFolder} (seed {options.Seed}).");
        try
        {
            var result = await CrashRun.RunAsync(options, Console.Out, WriteJsonAsync, cancellation.Token);

            await Console.Out.WriteLineAsync(
                $"{result.Kills} kills in {result.DurationSeconds} s; acknowledged writes: "
                + string.Join(", ", result.Acknowledged.Select(a => $"{a.Value} {a.Key}")) + $"; {result.Failures} failures.");
            return result.Failures == 0 ? 0 : 1;
        }
        catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException or OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"The crash test stopped: {exception.Message}");
            return 1;
        }

        Task WriteJsonAsync(CrashResult soFar) =>
            options.JsonFile is null ? Task.CompletedTask : File.WriteAllTextAsync(options.JsonFile, soFar.ToJson() + Environment.NewLine, CancellationToken.None);
    }
}
