using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

/// <summary>
/// Two instances of the app on one PostgreSQL database, as behind nginx: a save on instance A reaches a dashboard that
/// instance B serves, through PostgreSQL's LISTEN/NOTIFY, without a reload.
/// </summary>
[Collection(nameof(TimedBrowserTests))]
public sealed class TwoInstancesBrowserTests(TwoInstancesBrowserTests.Instances instances, BrowserFixture browser)
    : IClassFixture<TwoInstancesBrowserTests.Instances>
{
    private const string DistrictChart = "Average progress per district";
    private const string BaDinh = "Ba Dinh District (urban)";

    /// <summary>The product's bound, counted from the moment the save on A returns.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task ASaveOnOneInstanceReachesADashboardServedByTheOtherWithinTwoSecondsWithoutAReload()
    {
        var cancellation = Xunit.TestContext.Current.CancellationToken;
        var (a, b) = (instances.A, instances.B);
        var today = HanoiTime.DateOf(a.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await using var context = await b.NewSignedInContextAsync(browser, "en-US");
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync($"/?asof={today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        var districtCard = page.Locator(".chart-card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = DistrictChart }) });
        await districtCard.GetByRole(AriaRole.Button).First.ClickAsync();
        var baDinhCell = districtCard.GetByRole(AriaRole.Row)
            .Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = BaDinh, Exact = true }) })
            .GetByRole(AriaRole.Cell);
        var plan = Assert.Single(await a.Services.GetRequiredService<PlanQueries>().ListAsync(cancellation));
        var rows = (await a.Services.GetRequiredService<AssignmentQueries>().ListAsync(new PlanFilter(plan.Id, today), cancellation))
            .Where(r => r.UnitCode == "BA-DINH")
            .ToList();
        var assignment = rows.OrderByDescending(r => r.Progress).ThenBy(r => r.TaskNumber).First();
        await Expect(baDinhCell).ToHaveTextAsync(Percent(rows.Average(r => r.Progress) / 100));
        // Gone if the page reloads.
        await page.EvaluateAsync("() => { window.liveTestMarker = true; }");
        var expected = rows.Sum(r => r.AssignmentId == assignment.AssignmentId ? 40 : r.Progress) / (double)rows.Count / 100;

        var updates = a.Services.GetRequiredService<AssignmentUpdateService>();
        var current = (await updates.LoadForEditAsync(assignment.AssignmentId, cancellation))!.Current;
        var caller = new Caller((await TestAccounts.CreateAsync(
            a.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>(), SteeringRole.StandingAgency, displayName: "On instance A")).UserId);
        var outcome = await updates.UpdateAsync(
            new AssignmentEdit(assignment.AssignmentId, current.Version, AssignmentState.InProgress, 40, CompletedOn: null, Note: "Saved on A"),
            caller,
            cancellationToken: cancellation);
        var sinceSave = Stopwatch.StartNew();

        Assert.IsType<EditOutcome.Saved>(outcome);
        await Expect(baDinhCell).ToHaveTextAsync(Percent(expected), new() { Timeout = (float)Bound.TotalMilliseconds });
        Assert.True(sinceSave.Elapsed <= Bound, $"B's dashboard showed the change {sinceSave.Elapsed.TotalMilliseconds:F0} ms after the save on A.");
        Assert.True(await page.EvaluateAsync<bool>("() => window.liveTestMarker === true"));
        await page.CloseAsync();
    }

    private static string Percent(double fraction) => fraction.ToString("P1", CultureInfo.GetCultureInfo("en-US"));

    /// <summary>Instance A, which migrates and seeds a new PostgreSQL database, then instance B on the same database.</summary>
    public sealed class Instances : IAsyncLifetime
    {
        private readonly EmptyPostgresDatabase _database = new("instances");

        public OnPostgreSql A { get; private set; } = null!;

        public OnPostgreSql B { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            await _database.InitializeAsync();
            A = new OnPostgreSql(_database.ConnectionString);
            await A.InitializeAsync();
            B = new OnPostgreSql(_database.ConnectionString);
            await B.InitializeAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await B.DisposeAsync();
            await A.DisposeAsync();
            await _database.DisposeAsync();
        }
    }

    public sealed class OnPostgreSql(string connectionString) : LiveSteeringApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(SteeringDatabase.ProviderKey, nameof(DatabaseProvider.PostgreSQL));
            builder.UseSetting("ConnectionStrings:Steering", connectionString);
        }
    }
}
