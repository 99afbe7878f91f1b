using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace SteeringDashboard.LoadTest;

/// <summary>
/// A load run: signs in, opens the circuits on the route, saves the changes one after another through the app's save
/// endpoint as the writer, and measures for each change how long each circuit waited for its next render batch.
/// </summary>
public static class LoadRun
{
    // A prerendered page's markers are reused by the circuits opened within this time (they are valid for minutes),
    // so that opening thousands of circuits does not prerender the page thousands of times.
    private static readonly TimeSpan PageReuse = TimeSpan.FromSeconds(60);

    // Before the first change, the circuits are left this long without a render batch (a circuit's first batch may be
    // its head's, the page's own renders come after), and this long before each later change, so that no batch of the
    // opening or of an earlier change is counted for it.
    private static readonly TimeSpan OpeningQuiet = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    public static async Task<LoadResult> RunAsync(LoadTestOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var problems = new ProblemLog();
        var memoryBefore = await ServerMetrics.WorkingSetMBAsync(options.MetricsAddress, log, cancellationToken);
        using var viewer = await AppSession.SignInAsync(options.Url, options.User, options.Password, options.TotpKey, cancellationToken);
        using var separateWriter = options.Writer is null
            ? null
            : await AppSession.SignInAsync(options.WriterUrl ?? options.Url, options.Writer, options.WriterPassword!, options.WriterTotpKey, cancellationToken);
        var writer = separateWriter ?? viewer;
        await log.WriteLineAsync($"Signed in as {options.User}{(options.Writer is null ? string.Empty : $" (viewer) and {options.Writer} (writer)")}.");

        var circuits = await OpenCircuitsAsync(viewer, options, problems, log, cancellationToken);
        try
        {
            var delays = new List<double>();
            var missed = (options.Circuits - circuits.Count) * options.Changes;
            var writerPage = await writer.LoadPageAsync(options.Route, cancellationToken);
            var token = writerPage.AntiforgeryToken
                ?? throw new InvalidOperationException($"{options.Route} has no antiforgery token for the writer's form posts.");
            var version = await CurrentVersionAsync(writer, options.AssignmentId, token, cancellationToken);
            for (var change = 1; change <= options.Changes; change++)
            {
                await WaitQuietAsync(circuits, change == 1 ? OpeningQuiet : Quiet, cancellationToken);
                var save = await SaveAsync(writer, options.AssignmentId, version, change, token, cancellationToken);
                version = save.Version!.Value;
                var (changeDelays, changeMissed) = await CollectAsync(circuits, save, options.Timeout, cancellationToken);
                delays.AddRange(changeDelays);
                missed += changeMissed;
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Change {change}/{options.Changes}: saved in {Stopwatch.GetElapsedTime(save.SentAt, save.ReturnedAt).TotalMilliseconds:0} ms; "
                    + $"{changeDelays.Count} circuits updated, slowest after {(changeDelays.Count == 0 ? 0 : changeDelays.Max()):0} ms; {changeMissed} missed."));
            }

            var memoryAfter = await ServerMetrics.WorkingSetMBAsync(options.MetricsAddress, log, cancellationToken);
            var stopped = circuits.Where(c => c.Error is not null).ToList();
            if (stopped.Count > 0)
            {
                await log.WriteLineAsync($"{stopped.Count} circuits stopped; the first: {stopped[0].Error}");
            }

            foreach (var problem in problems.First)
            {
                await log.WriteLineAsync(problem);
            }

            return LoadResult.From(options.Circuits, options.Changes, delays, missed, memoryBefore, memoryAfter);
        }
        finally
        {
            await log.WriteLineAsync($"Closing {circuits.Count} circuits.");
            await Parallel.ForEachAsync(circuits, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, (circuit, _) => circuit.DisposeAsync());
        }
    }

    private static async Task<List<BlazorCircuit>> OpenCircuitsAsync(
        AppSession viewer, LoadTestOptions options, ProblemLog problems, TextWriter log, CancellationToken cancellationToken)
    {
        var circuits = new List<BlazorCircuit>();
        var failures = new List<string>();
        var started = Stopwatch.GetTimestamp();
        var pageLock = new SemaphoreSlim(1, 1);
        PrerenderedPage? page = null;
        var opened = 0;
        var step = Math.Max(1, options.Circuits / 20);
        await Parallel.ForEachAsync(
            Enumerable.Range(0, options.Circuits),
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken },
            async (_, cancellation) =>
            {
                PrerenderedPage current;
                await pageLock.WaitAsync(cancellation);
                try
                {
                    if (page is null || DateTimeOffset.UtcNow - page.FetchedAt > PageReuse)
                    {
                        page = await viewer.LoadPageAsync(options.Route, cancellation);
                    }

                    current = page;
                }
                finally
                {
                    pageLock.Release();
                }

                try
                {
                    var circuit = await BlazorCircuit.StartAsync(viewer, current, options.Route, problems, TimeSpan.FromSeconds(60), cancellation);
                    lock (circuits)
                    {
                        circuits.Add(circuit);
                    }
                }
                catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException or TimeoutException or System.Net.WebSockets.WebSocketException)
                {
                    lock (failures)
                    {
                        failures.Add(exception.Message);
                    }
                }

                if (Interlocked.Increment(ref opened) % step == 0 || opened == options.Circuits)
                {
                    await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"Opened {opened - failures.Count}/{options.Circuits} circuits ({failures.Count} failed) in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s"));
                }
            });
        if (failures.Count > 0)
        {
            await log.WriteLineAsync($"{failures.Count} circuits failed to open; the first: {failures[0]}");
        }

        return circuits;
    }

    // A save from no known version answers with the current one (a conflict), as the edit dialog learns it.
    private static async Task<Guid> CurrentVersionAsync(AppSession writer, int assignmentId, string token, CancellationToken cancellationToken)
    {
        var answer = await writer.SaveAssignmentAsync(assignmentId, Guid.Empty, "InProgress", 0, token, cancellationToken);
        return answer.Status == HttpStatusCode.Conflict && answer.Version is { } version
            ? version
            : throw new InvalidOperationException($"Could not read assignment {assignmentId}'s version: {(int)answer.Status} {answer.Body}");
    }

    // Alternates the progress between two values so that every save changes something; once retries after another's save.
    private static async Task<SaveResult> SaveAsync(AppSession writer, int assignmentId, Guid version, int change, string token, CancellationToken cancellationToken)
    {
        var progress = change % 2 == 0 ? 42 : 41;
        var answer = await writer.SaveAssignmentAsync(assignmentId, version, "InProgress", progress, token, cancellationToken);
        if (answer.Status == HttpStatusCode.Conflict && answer.Version is { } current)
        {
            answer = await writer.SaveAssignmentAsync(assignmentId, current, "InProgress", progress, token, cancellationToken);
        }

        return answer.Status == HttpStatusCode.OK && answer.Version is not null
            ? answer
            : throw new InvalidOperationException($"The save of assignment {assignmentId} was refused: {(int)answer.Status} {answer.Body}");
    }

    private static async Task WaitQuietAsync(IReadOnlyList<BlazorCircuit> circuits, TimeSpan quiet, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60))
        {
            var last = circuits.Count == 0 ? 0 : circuits.Max(c => c.LastBatchAt);
            if (last == 0 || Stopwatch.GetElapsedTime(last) >= quiet)
            {
                return;
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    // Waits until every circuit had a render batch after the save was sent, or the timeout passed since its answer. The
    // delay is counted from the moment the save was sent, like a person's click on Save: the commit happens before the
    // answer leaves the server, and the circuits' batches often overtake that answer on the way back.
    private static async Task<(List<double> Delays, int Missed)> CollectAsync(
        IReadOnlyList<BlazorCircuit> circuits, SaveResult save, TimeSpan timeout, CancellationToken cancellationToken)
    {
        while (Stopwatch.GetElapsedTime(save.ReturnedAt) < timeout && circuits.Any(c => c.Error is null && c.FirstBatchAtOrAfter(save.SentAt) is null))
        {
            await Task.Delay(20, cancellationToken);
        }

        var delays = new List<double>();
        var missed = 0;
        foreach (var circuit in circuits)
        {
            if (circuit.FirstBatchAtOrAfter(save.SentAt) is { } at && at - save.ReturnedAt <= timeout.TotalSeconds * Stopwatch.Frequency)
            {
                delays.Add(Stopwatch.GetElapsedTime(save.SentAt, at).TotalMilliseconds);
            }
            else
            {
                missed++;
            }
        }

        return (delays, missed);
    }
}
