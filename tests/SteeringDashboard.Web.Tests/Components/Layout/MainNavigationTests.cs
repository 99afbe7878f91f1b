using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Layout;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Layout;

public sealed class MainNavigationTests : BunitContext
{
    public MainNavigationTests() => this.AddSteeringDefaults();

    private static string[] CurrentLinks(IRenderedComponent<MainNavigation> cut) =>
        [.. cut.FindAll("nav a[aria-current=page]").Select(a => a.GetAttribute("href")!)];

    [Theory]
    [InlineData("http://localhost/", "/")]
    [InlineData("http://localhost/?plan=1&asof=2018-06-30", "/")]
    [InlineData("http://localhost/tasks", "/tasks")]
    [InlineData("http://localhost/tasks/12?asof=2018-06-30#history", "/tasks")]
    [InlineData("http://localhost/reports", "/reports")]
    [InlineData("http://localhost/reports/7", "/reports")]
    [InlineData("http://localhost/reports/matrix?kind=Town", "/reports/matrix")]
    [InlineData("http://localhost/Reports/Matrix/", "/reports/matrix")]
    [InlineData("http://localhost/figures", "/figures")]
    [InlineData("http://localhost/units/BA-DINH", null)]
    [InlineData("http://localhost/tasksheet", null)]
    public void TheCurrentSectionIsTheLongestEntryTheAddressIsIn(string uri, string? expected) =>
        Assert.Equal(expected, MainNavigation.CurrentOf(MainNavigation.Links, uri, "http://localhost/")?.Href);

    [Fact]
    public void MarksTheCurrentPageAndMovesTheMarkWithTheReader()
    {
        using var culture = CultureScope.Use("en-US");
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/?asof=2018-06-30");

        var cut = Render<MainNavigation>();

        Assert.Equal(["/"], CurrentLinks(cut));
        Assert.Equal("mud-nav-link mud-ripple active", cut.Find("a[href='/']").GetAttribute("class"));
        Assert.Equal("Dashboard", cut.Find("a[href='/']").TextContent.Trim());

        navigation.NavigateTo("/reports/matrix");

        cut.WaitForAssertion(() => Assert.Equal(["/reports/matrix"], CurrentLinks(cut)));
        Assert.Equal("mud-nav-link mud-ripple", cut.Find("a[href='/']").GetAttribute("class"));
        Assert.Null(cut.Find("a[href='/reports']").GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData(SteeringRole.Administrator, new[] { "/admin/users", "/admin/audit" })]
    [InlineData(SteeringRole.StandingAgency, new[] { "/reports/reminders" })]
    [InlineData(SteeringRole.CommitteeMember, new string[0])]
    public void ShowsTheRestrictedLinksOnlyToTheRolesAllowedThem(SteeringRole role, string[] restricted)
    {
        this.SignInAs(new Actor("1", "someone", "Someone", role, null));

        var cut = Render<MainNavigation>();

        var expected = MainNavigation.Links.Where(link => link.Action is null || restricted.Contains(link.Href)).Select(link => link.Href);
        Assert.Equal(expected, cut.FindAll("nav a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void EachLinkHasItsIconHiddenFromScreenReadersAndItsNameInVietnamese()
    {
        using var culture = CultureScope.Use("vi-VN");

        var cut = Render<MainNavigation>();

        Assert.Equal("Điều hướng chính", cut.Find("nav").GetAttribute("aria-label"));
        var links = cut.FindAll("nav a");
        Assert.Equal(9, links.Count);
        Assert.All(links, link =>
        {
            var icon = link.QuerySelector("svg")!;
            Assert.Equal("true", icon.GetAttribute("aria-hidden"));
            Assert.NotEmpty(icon.Children);
            Assert.Equal(link.TextContent.Trim(), link.QuerySelector(".mud-nav-link-text")!.TextContent.Trim());
        });
        Assert.Equal(
            ["Tổng quan", "Nhiệm vụ", "Kế hoạch", "Hoạt động gần đây", "Đợt cao điểm", "Hội nghị", "Báo cáo", "Theo dõi báo cáo", "Số liệu"],
            links.Select(link => link.TextContent.Trim()));
    }
}
