using System.Diagnostics;
using System.Net;

namespace SteeringDashboard.CrashTest;

/// <summary>
/// The published app as an operator runs it, on the harness's data folder (Development, so that the first start seeds the
/// demo accounts the writers sign in with); its output goes to a log file of the run. Killed with SIGKILL, never stopped.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);
    private readonly Process _process;
    private readonly StreamWriter _log;

    private AppProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
    }

    /// <summary>Starts the app and returns once /health answers 200; throws when it exits or does not answer in time.</summary>
    public static async Task<AppProcess> StartAsync(CrashTestOptions options, string logFile, HttpClient http, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(options.AppPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(options.AppPath);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(options.Url.ToString());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Steering"] = $"Data Source={options.DatabasePath}";
        start.Environment["Evidence__Folder"] = options.FilesFolder;
        // No write is in flight while the app starts, so every file without its record is a crash's leftover.
        start.Environment["Evidence__OrphanGracePeriod"] = "00:00:00";
        start.Environment["Metrics__Url"] = options.MetricsUrl;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";

        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, log);
        try
        {
            await app.WaitHealthyAsync(options.Url, http, cancellationToken);
            return app;
        }
        catch
        {
            app.Kill();
            app.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush, no disposal; returns once the process is gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        _process.Dispose();
        _log.Dispose();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    private async Task WaitHealthyAsync(Uri url, HttpClient http, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode} while starting: see its log.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(url, "/health"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Not listening yet, or too busy starting to answer within the client's timeout.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new InvalidOperationException($"The app did not answer /health within {StartTimeout.TotalSeconds} s.");
    }
}
