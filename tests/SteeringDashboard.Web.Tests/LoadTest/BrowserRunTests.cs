using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.LoadTest;
using SteeringDashboard.Web.Tests.Browser;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.LoadTest;

/// <summary>
/// The load client's browser check against the whole app: Chromium pages on today's dashboard, the standing agency saving
/// task 12 for Ba Dinh in the edit dialog. It runs with the timed browser tests, alone, as it starts a Chromium of its own.
/// </summary>
[Collection(nameof(TimedBrowserTests))]
public sealed class BrowserRunTests(MeteredLiveSteeringApp app) : IClassFixture<MeteredLiveSteeringApp>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryPageShowsEverySaveMadeInTheEditDialog()
    {
        var (options, writer) = await app.TodaysDashboardLoadAsync();
        var log = new StringWriter();

        var result = await BrowserRun.RunAsync(options with { Changes = 2, BrowserPages = 2 }, log, Cancellation);

        Assert.True(result.Missed == 0, log.ToString());
        Assert.Equal((2, 2), (result.Circuits, result.Changes));
        Assert.InRange(result.P50Ms, 0.001, result.MaxMs);
        Assert.Contains("Opened 2/2 pages.", log.ToString(), StringComparison.Ordinal);
        Assert.Contains("0 errors in the pages.", log.ToString(), StringComparison.Ordinal);
        // Both saves went through the dialog under the writer's name, on Ba Dinh's assignment of task 12.
        Assert.Equal([41, 42], await SavedProgressAsync(writer.DisplayName));
    }

    [Fact]
    public void TheBrowserCheckIsAnOptionBesideTheHeadlessInterface()
    {
        string[] headless = ["--url", "http://localhost:5169", "--user", "committee", "--password", "secret", "--circuits", "20"];

        var browser = LoadTestOptions.Parse([.. headless, "--browser-pages", "20"]);

        Assert.Null(LoadTestOptions.Parse(headless).BrowserPages);
        Assert.Equal((20, 12, "BA-DINH", "/usr/bin/chromium"), (browser.BrowserPages, browser.Task, browser.Unit, browser.ChromiumPath));
        var wrong = Assert.Throws<ArgumentException>(() => LoadTestOptions.Parse([.. headless, "--browser-pages", "0"]));
        Assert.Contains("--browser-pages", wrong.Message, StringComparison.Ordinal);
    }

    private async Task<List<int>> SavedProgressAsync(string changedBy)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>();
        await using var db = await factory.CreateDbContextAsync(Cancellation);
        return await db.AssignmentHistory
            .Where(h => h.ChangedBy == changedBy && h.Assignment!.Unit!.Code == "BA-DINH" && h.Assignment.PlanTask!.Number == 12)
            .OrderBy(h => h.Id)
            .Select(h => h.NewProgress)
            .ToListAsync(Cancellation);
    }
}
