using Bunit;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Layout;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Layout;

public sealed class MainLayoutTests : DatabasePageContext
{
    [Fact]
    public async Task ShowsTheDemoDataNoticeWhenAPlanHasDemoData()
    {
        using var culture = CultureScope.Use("en-US");
        await UseDatabaseAsync(new SeedOptions { DemoData = true });

        var cut = Render<MainLayout>(p => p.Add(x => x.Body, "<h1>Page</h1>"));

        cut.WaitForAssertion(() => Assert.Contains("generated demo data, not official figures", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShowsNoDemoDataNoticeForRealData()
    {
        using var culture = CultureScope.Use("en-US");
        await UseDatabaseAsync(new SeedOptions { DemoData = false });

        var cut = Render<MainLayout>(p => p.Add(x => x.Body, "<h1>Page</h1>"));

        cut.WaitForAssertion(() => Assert.Contains("<h1>Page</h1>", cut.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Demo data", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamesTheLandmarksAndNavigationInVietnamese()
    {
        using var culture = CultureScope.Use("vi-VN");
        await UseDatabaseAsync(new SeedOptions { DemoData = false });

        var cut = Render<MainLayout>(p => p.Add(x => x.Body, "<h1>Trang</h1>"));

        Assert.Equal("Điều hướng chính", cut.Find("nav").GetAttribute("aria-label"));
        Assert.Equal(["Tổng quan", "Nhiệm vụ", "Kế hoạch", "Hoạt động gần đây", "Đợt cao điểm", "Hội nghị", "Báo cáo", "Theo dõi báo cáo", "Số liệu"], cut.FindAll("nav a").Select(a => a.TextContent.Trim()));
        Assert.Equal("#main-content", cut.Find("a.skip-link").GetAttribute("href"));
        Assert.NotNull(cut.Find("main#main-content"));
        Assert.Contains("Bảng điều hành Ban Chỉ đạo 138/TP", cut.Find("header").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowsTheSignedInPersonTheirRoleTheirAccountPageAndASignOutFormPost()
    {
        using var culture = CultureScope.Use("vi-VN");
        await UseDatabaseAsync(new SeedOptions { DemoData = false });
        await this.SignInNewAccountAsync(SteeringRole.Administrator);

        var cut = Render<MainLayout>(p => p.Add(x => x.Body, "<h1>Trang</h1>"));

        var menu = cut.Find("[role=group][aria-label='Đang đăng nhập']");
        Assert.Contains("Test Administrator", menu.TextContent, StringComparison.Ordinal);
        Assert.Contains("Quản trị viên", menu.TextContent, StringComparison.Ordinal);
        var form = menu.QuerySelector("form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/account/sign-out", form.GetAttribute("action"));
        Assert.Equal("Đăng xuất", form.QuerySelector("button[type=submit]")!.TextContent.Trim());
        Assert.Equal("Mật khẩu và đăng nhập", menu.QuerySelector("a[href='/account/security']")!.TextContent.Trim());
        Assert.Equal(["Người dùng", "Nhật ký kiểm tra"], cut.FindAll("nav a").Skip(9).Select(a => a.TextContent.Trim()));
    }

    [Theory]
    [InlineData(SteeringRole.StandingAgency, true)]
    [InlineData(SteeringRole.Secretariat, true)]
    [InlineData(SteeringRole.CommitteeMember, false)]
    [InlineData(SteeringRole.UnitReporter, false)]
    [InlineData(SteeringRole.Administrator, false)]
    public async Task LinksTheReminderListOnlyForTheRolesThatChaseReports(SteeringRole role, bool linked)
    {
        await UseDatabaseAsync(new SeedOptions { DemoData = false });
        await this.SignInNewAccountAsync(role, role == SteeringRole.UnitReporter ? 1 : null);

        var cut = Render<MainLayout>(p => p.Add(x => x.Body, "<h1>Trang</h1>"));

        Assert.Single(cut.FindAll("nav a[href='/reports/matrix']"));
        Assert.Equal(linked, cut.FindAll("nav a[href='/reports/reminders']").Count == 1);
    }

    [Fact]
    public async Task ShowsNoUserMenuToAnAnonymousVisitor()
    {
        await UseDatabaseAsync(new SeedOptions { DemoData = false });

        var cut = Render<MainLayout>(p => p.Add(x => x.Body, "<h1>Page</h1>"));

        Assert.Empty(cut.FindAll("form[action='/account/sign-out']"));
    }
}
