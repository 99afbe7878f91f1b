using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using SteeringDashboard.Core.Data;
using SteeringDashboard.LoadTest;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.LoadTest;

/// <summary>The load client against the whole app on a real port: circuits on today's dashboard, saves as the standing agency.</summary>
public sealed class LoadRunTests(MeteredLiveSteeringApp app) : IClassFixture<MeteredLiveSteeringApp>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryCircuitOnTodaysDashboardGetsARenderBatchForEverySavedChange()
    {
        var (options, writer) = await app.TodaysDashboardLoadAsync();
        var historyBefore = await HistoryCountAsync(writer.DisplayName);
        var log = new StringWriter();

        // A browser answers MudBlazor's calls with what they return (a size, a count, a flag); an answer the server cannot
        // read fails the call with a JSException around the JsonException, work and a code path no browser causes.
        var refusedAnswers = new ConcurrentQueue<string>();
        void NoteRefusedAnswer(object? sender, FirstChanceExceptionEventArgs thrown)
        {
            if (thrown.Exception is JSException { InnerException: JsonException } refused)
            {
                refusedAnswers.Enqueue(refused.Message);
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += NoteRefusedAnswer;
        LoadResult result;
        try
        {
            result = await LoadRun.RunAsync(options with { Circuits = 5, Changes = 2 }, log, Cancellation);
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= NoteRefusedAnswer;
        }

        Assert.Empty(refusedAnswers);
        Assert.True(result.Missed == 0, log.ToString());
        Assert.Equal((5, 2), (result.Circuits, result.Changes));
        Assert.InRange(result.P50Ms, 0.001, result.P95Ms);
        Assert.InRange(result.P95Ms, result.P50Ms, result.P99Ms);
        Assert.InRange(result.P99Ms, result.P95Ms, result.MaxMs);
        Assert.True(result.ServerMemoryMBBefore > 0 && result.ServerMemoryMBAfter > 0, log.ToString());
        Assert.Contains("Opened 5/5 circuits (0 failed)", log.ToString(), StringComparison.Ordinal);
        // The changes went through the app's own save: two history rows under the writer's name.
        Assert.Equal(historyBefore + 2, await HistoryCountAsync(writer.DisplayName));
    }

    [Fact]
    public void TheJsonHoldsEveryFieldTheScriptsRead()
    {
        var result = LoadResult.From(3, 2, [30, 10, 20, 40, 50, 60], missed: 0, memoryBefore: 200.5, memoryAfter: 230.25);

        var json = JsonNode.Parse(result.ToJson())!.AsObject();

        Assert.Equal(
            ["circuits", "changes", "p50Ms", "p95Ms", "p99Ms", "maxMs", "missed", "serverMemoryMBBefore", "serverMemoryMBAfter"],
            json.Select(field => field.Key));
        Assert.Equal(30, json["p50Ms"]!.GetValue<double>());
        Assert.Equal(60, json["p95Ms"]!.GetValue<double>());
        Assert.Equal(60, json["maxMs"]!.GetValue<double>());
        Assert.Equal(230.25, json["serverMemoryMBAfter"]!.GetValue<double>());
    }

    [Fact]
    public void TheCommandLineTakesTheInterfaceOtherScriptsCallAndNamesAWrongOption()
    {
        var options = LoadTestOptions.Parse(
            ["--url", "http://localhost:5169", "--user", "committee", "--password", "secret", "--route", "/", "--circuits", "20", "--changes", "3", "--json", "out.json"]);

        Assert.Equal((new Uri("http://localhost:5169"), "committee", "secret", "/", 20, 3, "out.json"),
            (options.Url, options.User, options.Password, options.Route, options.Circuits, options.Changes, options.JsonFile));
        Assert.Equal(new Uri("http://127.0.0.1:9464/metrics"), options.MetricsAddress);
        var wrong = Assert.Throws<ArgumentException>(() => LoadTestOptions.Parse(["--url", "http://localhost", "--user", "u", "--password", "p", "--circuits", "many"]));
        Assert.Contains("--circuits", wrong.Message, StringComparison.Ordinal);
    }

    private async Task<int> HistoryCountAsync(string changedBy)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>();
        await using var db = await factory.CreateDbContextAsync(Cancellation);
        return await db.AssignmentHistory.CountAsync(h => h.ChangedBy == changedBy, Cancellation);
    }
}
