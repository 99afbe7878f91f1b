using System.Diagnostics;
using System.Globalization;
using SteeringDashboard.Core;

namespace SteeringDashboard.CrashTest;

/// <summary>
/// The runs: the app serves the data folder, the writers write through its endpoints, the app is killed with SIGKILL after a
/// random time, the store it left is checked with the app down, the app is started again on it, and the start is checked
/// (orphaned files removed, a signed-in page served). Each run's restart is the next run's app.
/// </summary>
public static class CrashRun
{
    private const string ViewerUserName = "committee";
    private const string ViewerPassword = "member-demo-138TP";
    private static readonly TimeSpan WritersGone = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FirstAnswerWait = TimeSpan.FromSeconds(120);

    /// <summary>Runs; <paramref name="progress"/> gets the result so far after each run (the runs are long: a stop keeps what was done).</summary>
    public static async Task<CrashResult> RunAsync(
        CrashTestOptions options, TextWriter log, Func<CrashResult, Task> progress, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        var files = new StoredFiles(options.FilesFolder);
        var appLog = Path.Combine(options.DataFolder, "app.log");
        var year = HanoiTime.DateOf(DateTime.UtcNow).Year - 1;
        var runs = new List<RunResult>();
        var duration = Stopwatch.StartNew();
        var sessions = new List<WriterSession>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        Directory.CreateDirectory(options.DataFolder);
        AppProcess? app = await AppProcess.StartAsync(options, appLog, http, cancellationToken);
        try
        {
            IReadOnlyList<WriterAccount> accounts;
            await using (var db = StoreCheck.Open(options.DatabasePath))
            {
                accounts = await WriterAccount.ReadAsync(db, cancellationToken);
            }

            // Signed in once: the sessions (cookies and antiforgery tokens) outlive the app's restarts, as a browser's do.
            foreach (var account in accounts)
            {
                sessions.Add(await WriterSession.SignInAsync(options.Url, account.UserName, account.Password, cancellationToken));
            }

            sessions.Add(await WriterSession.SignInAsync(options.Url, ViewerUserName, ViewerPassword, cancellationToken));
            var viewer = sessions[^1];
            for (var run = 1; run <= options.Runs; run++)
            {
                var failures = new List<string>();
                var writers = accounts.SelectMany((account, i) => account.Writers(random, year).Select(w => (Writer: w, Session: sessions[i]))).ToList();
                await using (var db = StoreCheck.Open(options.DatabasePath))
                {
                    foreach (var (writer, _) in writers)
                    {
                        await writer.PrepareAsync(db, cancellationToken);
                    }
                }

                // Killed at a random moment once the writes flow (a freshly started app answers its first writes slowly):
                // mid-write, mid-commit, between a commit and its answer.
                var killAfter = random.Next(0, (int)options.MaxWrites.TotalMilliseconds);
                using var stop = new CancellationTokenSource();
                var writing = writers.Select(w => Task.Run(() => w.Writer.RunAsync(w.Session, stop.Token), CancellationToken.None)).ToList();
                var flowing = Stopwatch.StartNew();
                while (writers.All(w => w.Writer.Acknowledged == 0) && flowing.Elapsed < FirstAnswerWait && !writing.All(t => t.IsCompleted))
                {
                    await Task.Delay(20, cancellationToken);
                }

                await Task.Delay(killAfter, cancellationToken);
                app.Kill();
                app.Dispose();
                app = null;
                stop.CancelAfter(WritersGone);
                await Task.WhenAll(writing);

                await StoreCheck.SqliteAsync(options.DatabasePath, failures, cancellationToken);
                IReadOnlyList<string> orphans;
                await using (var db = StoreCheck.Open(options.DatabasePath))
                {
                    orphans = await StoreCheck.WholeAsync(db, files, failures, cancellationToken);
                    foreach (var (writer, _) in writers)
                    {
                        failures.AddRange(writer.Unexpected);
                        await writer.CheckAsync(db, files, failures, cancellationToken);
                    }
                }

                var restart = Stopwatch.StartNew();
                app = await AppProcess.StartAsync(options, appLog, http, cancellationToken);
                var restartMs = (int)restart.ElapsedMilliseconds;
                await using (var db = StoreCheck.Open(options.DatabasePath))
                {
                    var left = await StoreCheck.WholeAsync(db, files, failures, cancellationToken);
                    failures.AddRange(left.Select(name => $"the stored file {name}, named by no record, is still there after the restart"));
                }

                try
                {
                    await viewer.PageAsync("/reports", cancellationToken);
                }
                catch (InvalidOperationException refused)
                {
                    failures.Add($"after the restart, a signed-in page: {refused.Message}");
                }

                var result = new RunResult(
                    run,
                    killAfter,
                    writers.GroupBy(w => w.Writer.Kind).ToDictionary(g => g.Key, g => g.Sum(w => w.Writer.Acknowledged)),
                    writers.Count(w => w.Writer.InFlight),
                    orphans.Count,
                    restartMs,
                    failures);
                runs.Add(result);
                await log.WriteLineAsync(Describe(result));
                await progress(Result(options, runs, duration));
            }
        }
        finally
        {
            app?.Kill();
            app?.Dispose();
            sessions.ForEach(session => session.Dispose());
        }

        return Result(options, runs, duration);
    }

    private static CrashResult Result(CrashTestOptions options, List<RunResult> runs, Stopwatch duration) =>
        new(options.Seed, options.Runs, runs.Count, Math.Round(duration.Elapsed.TotalSeconds, 1), [.. runs]);

    private static string Describe(RunResult run)
    {
        var acknowledged = string.Join(", ", run.Acknowledged.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Value} {a.Key}")));
        var checks = run.Failures.Count == 0
            ? "all checks passed."
            : string.Create(CultureInfo.InvariantCulture, $"{run.Failures.Count} FAILURES:\n  ") + string.Join("\n  ", run.Failures);
        return string.Create(CultureInfo.InvariantCulture,
            $"Run {run.Run}: killed {run.KilledAfterFirstAnswerMs} ms after the first answer; acknowledged {acknowledged}; {run.InFlight} in flight; "
            + $"{run.OrphanedFilesLeft} orphaned files left; restarted in {run.RestartMs} ms; {checks}");
    }
}
