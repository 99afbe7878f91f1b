using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Components.Charts;
using SteeringDashboard.Web.Features.Dashboard;
using SteeringDashboard.Web.Tests.Features.Units;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Dashboard;

public sealed class DashboardPageTests : BunitContext, IClassFixture<SeededDatabase>
{
    public DashboardPageTests(SeededDatabase database)
    {
        this.AddSteeringDefaults();
        database.AddTo(Services);
        JSInterop.SetupModule(ChartCanvas.ModulePath);
    }

    private static CancellationToken Cancellation => Xunit.TestContext.Current.CancellationToken;

    /// <summary>The dashboard for the query, by default as of the plan's mid-year review date (the demo data's figures are the review's).</summary>
    private async Task<(IRenderedComponent<DashboardPage> Page, DashboardData Expected)> RenderAsync(string query = "?asof=2018-07-10")
    {
        var plan = Assert.Single(await Services.GetRequiredService<PlanQueries>().ListAsync(Cancellation));
        var expected = await Services.GetRequiredService<DashboardQueries>().LoadAsync(new PlanFilter(plan.Id, plan.ReviewAsOf), Cancellation);
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/" + query);
        var page = Render<DashboardPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("h1")), TimeSpan.FromSeconds(10));
        return (page, expected!);
    }

    [Fact]
    public async Task KpiCardsShowTheQueriedTotalsForTheReviewAsOfDate()
    {
        using var culture = CultureScope.Use("vi-VN");
        this.SignInAs(new Actor("user-1", "reader", "Reader", SteeringRole.CommitteeMember, null));

        var (page, expected) = await RenderAsync();

        var values = page.FindAll(".kpi-value").Select(v => v.TextContent.Trim()).ToList();
        Assert.Equal(expected.Kpis.Completed.ToString("N0", CultureInfo.CurrentCulture), values[0]);
        Assert.Equal(expected.Kpis.Overdue.ToString("N0", CultureInfo.CurrentCulture), values[1]);
        Assert.Equal(expected.Kpis.OnTimeRate!.Value.ToString("P1", CultureInfo.CurrentCulture), values[2]);
        Assert.Contains(",", values[2], StringComparison.Ordinal);
        Assert.Equal(expected.Headlines.Select(h => h.Value.Value.ToString("N0", CultureInfo.CurrentCulture)), values.Skip(4));
        Assert.Contains("10/07/2018", page.Find("h2#kpi-heading").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vi-VN", "Chương trình “Phòng, chống tội phạm” không có nhiệm vụ nào tính đến ngày 10/07/2018")]
    [InlineData("en-US", "No tasks in the programme “Crime prevention and control” as of 10/07/2018")]
    public async Task AProgrammeWithoutTasksSaysSoOnceInsteadOfZerosAndEmptyCharts(string cultureName, string expected)
    {
        using var culture = CultureScope.Use(cultureName);
        this.SignInAs(new Actor("user-1", "reader", "Reader", SteeringRole.CommitteeMember, null));

        var (page, _) = await RenderAsync("?asof=2018-07-10&programme=CrimePrevention");

        page.WaitForAssertion(() => Assert.StartsWith(expected, Assert.Single(page.FindAll("[data-testid=no-tasks]")).TextContent.Trim()), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindComponents<ChartCard>());
        Assert.Empty(page.Find("section[aria-labelledby=kpi-heading]").QuerySelectorAll(".kpi-value"));
    }

    [Fact]
    public async Task TheDistrictTableAlternativeShowsAllThirtyDistrictsWithTheQueriedProgressAndLinks()
    {
        using var culture = CultureScope.Use("en-US");
        var (page, expected) = await RenderAsync();

        var card = page.FindComponents<ChartCard>().First(c => c.Instance.Title == "Average progress per district");
        await card.Find("button[aria-pressed]").ClickAsync(new MouseEventArgs());

        var rows = card.FindAll("tbody tr");
        Assert.Equal(30, rows.Count);
        var baDinh = expected.Units.Single(u => u.Code == "BA-DINH");
        var row = rows.Single(r => r.QuerySelector("th")!.TextContent.Contains("Ba Dinh", StringComparison.Ordinal));
        Assert.Equal((baDinh.AverageProgress!.Value / 100).ToString("P1", CultureInfo.CurrentCulture), row.QuerySelector("td")!.TextContent.Trim());
        Assert.StartsWith("/units/BA-DINH?plan=", row.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAgencyFilterLeavesOnlyTheAgencyChart()
    {
        using var culture = CultureScope.Use("en-US");

        var (page, _) = await RenderAsync("?kind=MemberAgency");

        var titles = page.FindComponents<ChartCard>().Select(c => c.Instance.Title).ToList();
        Assert.DoesNotContain("Average progress per district", titles);
        Assert.Contains("Average progress per member agency", titles);
    }

    [Theory]
    [InlineData("vi-VN", "Tiến độ thực hiện Kế hoạch", "Tiến độ bình quân theo quận, huyện, thị xã")]
    [InlineData("en-US", "Progress of the plan", "Average progress per district")]
    public async Task LabelsFollowTheLanguage(string cultureName, string heading, string districtChart)
    {
        using var culture = CultureScope.Use(cultureName);

        var (page, _) = await RenderAsync();

        Assert.StartsWith(heading, page.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.Contains(page.FindComponents<ChartCard>(), c => c.Instance.Title == districtChart);
    }

    [Theory]
    [InlineData(SteeringRole.Secretariat, false)]
    [InlineData(SteeringRole.UnitReporter, false)]
    [InlineData(SteeringRole.CommitteeMember, true)]
    [InlineData(SteeringRole.StandingAgency, true)]
    public async Task AKindsVictimTotalIsWithheldWhenItAddsUpAFigureHiddenFromTheReader(SteeringRole role, bool exact)
    {
        using var culture = CultureScope.Use("en-US");
        this.SignInAs(new Actor("user-1", "reader", "Reader", role, role == SteeringRole.UnitReporter ? 1 : null));
        var (asOf, victims) = await UrbanVictimsAddingUpASmallFigureAsync(previousToo: false);

        var (page, _) = await RenderAsync($"?asof={asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&kind=UrbanDistrict");

        var card = page.FindAll(".kpi-card").Single(c => c.QuerySelector("h3")!.TextContent.Trim() == victims.NameEn);
        Assert.Equal(exact ? victims.Value.Value.ToString("N0", CultureInfo.CurrentCulture) : "hidden", card.QuerySelector(".kpi-value")!.TextContent.Trim());
        Assert.Equal(!exact, card.TextContent.Contains("it would reveal a figure below 5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheTownFilterWithholdsSonTaysVictimTotalFromTheSecretariatWhenOneOfItsMonthsIsHidden()
    {
        using var culture = CultureScope.Use("en-US");
        this.SignInAs(new Actor("user-1", "reader", "Reader", SteeringRole.Secretariat, null));
        var plan = Assert.Single(await Services.GetRequiredService<PlanQueries>().ListAsync(Cancellation));
        var monthEnds = Enumerable.Range(1, 12).Select(month => new DateOnly(2018, month, DateTime.DaysInMonth(2018, month)));
        var town = new List<(DateOnly AsOf, IndicatorTotal Victims)>();
        foreach (var monthEnd in monthEnds)
        {
            var data = await Services.GetRequiredService<DashboardQueries>().LoadAsync(new PlanFilter(plan.Id, monthEnd, Kind: UnitKind.Town), Cancellation);
            town.Add((monthEnd, data!.Headlines.Single(h => h.IsSensitive)));
        }

        // The first month end whose months include one of Son Tay's small figures: from then on its total is withheld.
        var (asOf, victims) = town.First(t => t.Victims.Value.SmallFigureUnits is [_]);

        var (page, _) = await RenderAsync($"?asof={asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&kind=Town");

        var card = page.FindAll(".kpi-card").Single(c => c.QuerySelector("h3")!.TextContent.Trim() == victims.NameEn);
        Assert.Equal(victims.Value.Figures == 1 ? "< 5" : "hidden", card.QuerySelector(".kpi-value")!.TextContent.Trim());
        Assert.All(town.Where(t => t.AsOf >= asOf), t => Assert.NotEmpty(t.Victims.Value.SmallFigureUnits!));
    }

    [Theory]
    [InlineData("vi-VN", "tăng", "giảm", "so với cùng kỳ 2017")]
    [InlineData("en-US", "up", "down", "vs same period 2017")]
    public async Task HeadlineCardsShowTheChangeVersusTheSameMonthsOf2017(string cultureName, string up, string down, string versus)
    {
        using var culture = CultureScope.Use(cultureName);
        this.SignInAs(new Actor("user-1", "reader", "Reader", SteeringRole.CommitteeMember, null));

        var (page, expected) = await RenderAsync();

        var cards = page.FindAll(".kpi-card").Skip(4).ToList();
        Assert.Equal(expected.Headlines.Count, cards.Count);
        foreach (var (headline, card) in expected.Headlines.Zip(cards))
        {
            var previous = headline.PreviousValue;
            Assert.NotNull(previous);
            Assert.Equal(
                UnitPageTests.ChangeText(headline.Value.Value, previous.Value, up, down, versus),
                card.QuerySelector(".kpi-change .same-period-change")!.TextContent.Trim());
        }

        Assert.All(page.FindAll(".kpi-card").Take(4), card => Assert.Null(card.QuerySelector(".kpi-change")));
    }

    [Theory]
    [InlineData(SteeringRole.Secretariat, false)]
    [InlineData(SteeringRole.CommitteeMember, true)]
    public async Task AHiddenVictimTotalShowsNoChange(SteeringRole role, bool exact)
    {
        using var culture = CultureScope.Use("en-US");
        this.SignInAs(new Actor("user-1", "reader", "Reader", role, null));
        var (asOf, victims) = await UrbanVictimsAddingUpASmallFigureAsync(previousToo: true);

        var (page, _) = await RenderAsync($"?asof={asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&kind=UrbanDistrict");

        var card = page.FindAll(".kpi-card").Single(c => c.QuerySelector("h3")!.TextContent.Trim() == victims.NameEn);
        Assert.Equal(exact, card.QuerySelector(".same-period-change") is not null);
        Assert.Contains(page.FindAll(".kpi-card"), c => c.QuerySelector(".same-period-change") is not null);
    }

    [Fact]
    public async Task TheCityWideVictimTotalIsWithheldFromASecretariatUserWhenItAddsUpASmallFigureHoweverLargeItIs()
    {
        using var culture = CultureScope.Use("en-US");
        this.SignInAs(new Actor("user-1", "reader", "Reader", SteeringRole.Secretariat, null));

        var (page, expected) = await RenderAsync();

        var victims = expected.Headlines.Single(h => h.IsSensitive);
        Assert.True(victims.Value.Value >= 5);
        Assert.NotEmpty(victims.Value.SmallFigureUnits!);
        var card = page.FindAll(".kpi-card").Single(c => c.QuerySelector("h3")!.TextContent.Trim() == victims.NameEn);
        Assert.Equal("hidden", card.QuerySelector(".kpi-value")!.TextContent.Trim());
    }

    /// <summary>
    /// The first month end at which the urban districts' victims total is 5 or more but adds up a small figure of a district
    /// other than unit 1 (and, with <paramref name="previousToo"/>, has a previous-year total of 5 or more).
    /// </summary>
    private async Task<(DateOnly AsOf, IndicatorTotal Victims)> UrbanVictimsAddingUpASmallFigureAsync(bool previousToo)
    {
        var plan = Assert.Single(await Services.GetRequiredService<PlanQueries>().ListAsync(Cancellation));
        foreach (var monthEnd in Enumerable.Range(1, 6).Select(month => new DateOnly(2018, month, DateTime.DaysInMonth(2018, month))))
        {
            var urban = await Services.GetRequiredService<DashboardQueries>().LoadAsync(new PlanFilter(plan.Id, monthEnd, Kind: UnitKind.UrbanDistrict), Cancellation);
            if (urban!.Headlines.SingleOrDefault(h => h.IsSensitive && h.Value.Value >= 5 && h.Value.SmallFigureUnits!.Any(u => u != 1)
                    && (!previousToo || h.PreviousValue?.Value >= 5)) is { } found)
            {
                return (monthEnd, found);
            }
        }

        throw new InvalidOperationException("The demo data has no urban victims total adding up a small figure.");
    }
}
