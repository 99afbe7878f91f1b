using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Features.Units;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Units;

/// <summary>The unit page's heading, summary, assignments and links.</summary>
public sealed class UnitPageTests(SeededDatabase database) : UnitPageTestBase(database), IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task ShowsTheThreeAssignmentsOfBaDinh()
    {
        using var culture = CultureScope.Use("en-US");

        var page = await RenderUnitAsync("BA-DINH", AsOf);

        var rows = AssignmentRows(page);
        Assert.Equal(["11", "12", "13"], rows.Select(r => r.QuerySelector("td")!.TextContent.Trim()));
        Assert.All(rows, r => Assert.NotNull(r.QuerySelector("[role=progressbar][aria-label^='Progress of task']")));
    }

    [Theory]
    [InlineData("BA-DINH", "2018-07-10")]
    [InlineData("BA-DINH", "2018-06-25")]
    [InlineData("SOC-SON", "2018-07-10")]
    [InlineData("POLICE", "2018-07-10")]
    public async Task RankIsTheRankAmongPeersByTheDashboardsAverageProgress(string code, string asOf)
    {
        using var culture = CultureScope.Use("en-US");
        var date = DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var plan = await PlanAsync();
        var dashboard = await Services.GetRequiredService<DashboardQueries>().LoadAsync(new PlanFilter(plan.Id, date), Cancellation);
        var unit = dashboard!.Units.Single(u => u.Code == code);
        var peers = dashboard.Units.Where(u => u.Kind.IsDistrictLevel() == unit.Kind.IsDistrictLevel()).ToList();
        var rank = 1 + peers.Count(p => p.AverageProgress > unit.AverageProgress);
        var peerGroup = unit.Kind.IsDistrictLevel() ? "district-level units" : "member agencies";

        var page = await RenderUnitAsync(code, date);

        Assert.Contains($"Rank {rank} of {peers.Count} {peerGroup} by average progress", page.Find("section[aria-labelledby=unit-summary-heading]").TextContent);
    }

    [Fact]
    public async Task UnknownCodeShowsNotFoundWithALinkToTheDashboard()
    {
        using var culture = CultureScope.Use("en-US");
        var plan = await PlanAsync();

        var page = await RenderUnitAsync("NO-SUCH-UNIT", AsOf);

        Assert.Equal("Unit not found", Text(page.Find("h1")));
        Assert.Contains("There is no district, town or member agency with the code “NO-SUCH-UNIT”", page.Markup);
        var link = page.FindAll("a").Single(a => Text(a) == "Back to the dashboard");
        Assert.Equal($"/?plan={plan.Id}&asof=2018-07-10", link.GetAttribute("href"));
        Assert.Empty(page.FindAll("table"));
    }

    [Fact]
    public async Task BackLinkKeepsTheQueryString()
    {
        using var culture = CultureScope.Use("en-US");
        var plan = await PlanAsync();

        var page = await RenderUnitAsync("BA-DINH", AsOf, "&programme=DrugPrevention&kind=UrbanDistrict");

        var link = page.FindAll("a").Single(a => Text(a) == "Back to the dashboard");
        Assert.Equal($"/?plan={plan.Id}&asof=2018-07-10&programme=DrugPrevention&kind=UrbanDistrict", link.GetAttribute("href"));
    }

    [Theory]
    [InlineData("BA-DINH", "vi-VN", "Quận Ba Đình")]
    [InlineData("SON-TAY", "vi-VN", "Thị xã Sơn Tây")]
    [InlineData("BA-VI", "vi-VN", "Huyện Ba Vì")]
    [InlineData("POLICE", "vi-VN", "Công an thành phố Hà Nội")]
    [InlineData("BA-DINH", "en-US", "Ba Dinh District")]
    [InlineData("SON-TAY", "en-US", "Son Tay Town")]
    [InlineData("POLICE", "en-US", "Ha Noi Police Department")]
    public async Task HeadingNamesTheUnitInTheCurrentLanguage(string code, string cultureName, string heading)
    {
        using var culture = CultureScope.Use(cultureName);

        var page = await RenderUnitAsync(code, AsOf);

        Assert.Equal(heading, Text(Assert.Single(page.FindAll("h1"))));
    }

    [Fact]
    public async Task DatesAreDayMonthYearAndChangesInHaNoiTimeUnderVietnamese()
    {
        using var culture = CultureScope.Use("vi-VN");
        var plan = await PlanAsync();
        var stored = (await Services.GetRequiredService<AssignmentQueries>().ListAsync(new PlanFilter(plan.Id, AsOf), Cancellation))
            .Where(a => a.UnitCode == "BA-DINH")
            .ToList();

        var page = await RenderUnitAsync("BA-DINH", AsOf);

        var rows = AssignmentRows(page);
        Assert.Equal(stored.Count, rows.Count);
        foreach (var (row, assignment) in rows.Zip(stored))
        {
            Assert.Equal(assignment.DueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), Cell(row, "Hạn hoàn thành"));
            var utc = Assert.NotNull(assignment.LastChangedUtc);
            Assert.Equal(utc.AddHours(7).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture), Cell(row, "Cập nhật lần cuối (giờ Hà Nội)"));
        }

        Assert.Contains("tính đến ngày 10/07/2018", page.Find("section[aria-labelledby=unit-summary-heading]").TextContent);
    }

    [Theory]
    [InlineData("DOLISA", true)]
    [InlineData("POLICE", false)]
    [InlineData("BA-DINH", false)]
    public async Task DemoRosterNoteOnlyForDemoAgencies(string code, bool shown)
    {
        using var culture = CultureScope.Use("en-US");

        var page = await RenderUnitAsync(code, AsOf);

        Assert.Equal(shown, page.Markup.Contains("demo roster of member agencies", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("BA-DINH", 3)]
    [InlineData("BA-VI", 0)]
    public async Task ABaDinhReporterSeesEditButtonsOnItsOwnUnitsPageOnly(string code, int buttons)
    {
        using var culture = CultureScope.Use("en-US");
        this.SignInAs(new Actor("reporter", "reporter", "Ba Dinh reporter", SteeringRole.UnitReporter, await UnitIdAsync("BA-DINH")));

        var page = await RenderUnitAsync(code, AsOf);

        page.WaitForAssertion(() => Assert.NotEmpty(AssignmentRows(page)), TimeSpan.FromSeconds(10));
        Assert.Equal(buttons, page.FindAll("[data-testid=edit-assignment]").Count);
        Assert.Equal(buttons > 0, page.FindAll("section[aria-labelledby=unit-assignments-heading] th").Any(th => th.TextContent.Trim() == "Actions"));
    }

    [Fact]
    public async Task ACommitteeMemberSeesNoEditButtons()
    {
        using var culture = CultureScope.Use("en-US");
        this.SignInAs(new Actor("member", "member", "Committee member", SteeringRole.CommitteeMember, null));

        var page = await RenderUnitAsync("BA-DINH", AsOf);

        page.WaitForAssertion(() => Assert.NotEmpty(AssignmentRows(page)), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid=edit-assignment]"));
    }

    private static IReadOnlyList<IElement> AssignmentRows(IRenderedComponent<UnitPage> page) =>
        page.FindAll("section[aria-labelledby=unit-assignments-heading] tbody tr");

    private static string Cell(IElement row, string column) =>
        Text(row.QuerySelectorAll("td").Single(c => c.GetAttribute("data-label") == column));

    /// <summary>The change as a screen reader reads it (the arrow aside, which is hidden from it).</summary>
    internal static string ChangeText(long current, long previous, string up, string down, string versus)
    {
        Assert.NotEqual(previous, current);
        var ratio = Math.Abs((double)(current - previous) / previous);
        var amount = ratio.ToString(ratio < 0.1 ? "P1" : "P0", CultureInfo.CurrentCulture);
        return $"{(current > previous ? "▲" : "▼")} {(current > previous ? up : down)} {amount} {versus}";
    }
}
