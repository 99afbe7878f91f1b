using Bunit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Features.Reports;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Reports;

/// <summary>The reminder list on <see cref="MatrixScenario"/>'s reports as of 25/07/2018, signed in as the standing agency.</summary>
public sealed class ReminderPageTests : DatabasePageContext, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private MatrixScenario _scenario = default!;
    private IRenderedComponent<MudPopoverProvider>? _popovers;

    public async ValueTask InitializeAsync()
    {
        _scenario = await MatrixScenario.CreateAsync(this, Database);
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        var reporter = await TestAccounts.CreateAsync(Factory, SteeringRole.UnitReporter, _scenario.Units["BA-VI"], userName: "reporter.bavi", displayName: "Nguyễn Thị Hoa");
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        await db.Users.Where(u => u.Id == reporter.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, "hoa@bavi.hanoi.gov.vn"), Cancellation);
        await db.Units.Where(u => u.Id == _scenario.Units["BA-VI"]).ExecuteUpdateAsync(
            s => s.SetProperty(u => u.ContactPerson, "Đỗ Văn Tâm").SetProperty(u => u.ContactPhone, "024 3386 3555"), Cancellation);
    }

    private IRenderedComponent<ReminderPage> RenderPage(string query)
    {
        _popovers ??= Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo(ReminderPage.Route + query);
        var page = Render<ReminderPage>();
        page.WaitForElement("[data-testid=reminders], [data-testid=nobody-owes]", Timeout);
        return page;
    }

    private static List<string> Rows(IRenderedComponent<ReminderPage> page) =>
        [.. page.FindAll("[data-testid=reminders] tbody tr").Select(tr => string.Join(" | ", tr.Children.Select(c => c.TextContent.Trim())))];

    [Fact]
    public void ListsMissingAndReturnedReportsWithDaysOverdueAndTheReportersToContact()
    {
        using var culture = CultureScope.Use("vi-VN");

        var page = RenderPage("?asof=2018-07-25");

        Assert.Equal(
            [
                "1 | Báo cáo tháng 6 | 05/07/2018 | Huyện Ba Vì | Chưa nộp | 20 | Đỗ Văn Tâm, 024 3386 3555 | Nguyễn Thị Hoa (hoa@bavi.hanoi.gov.vn)",
                "2 | Báo cáo kết quả Ngày toàn dân | 20/07/2018 | Huyện Ba Vì | Bị trả lại | 5 | Đỗ Văn Tâm, 024 3386 3555 | Nguyễn Thị Hoa (hoa@bavi.hanoi.gov.vn)",
                "3 | Báo cáo kết quả Ngày toàn dân | 20/07/2018 | Công an thành phố Hà Nội | Chưa nộp | 5 | chưa có thông tin liên hệ | chưa có tài khoản báo cáo viên",
            ],
            Rows(page));
        Assert.Equal("Đơn vị chưa nộp báo cáo tính đến ngày 25/07/2018", page.Find("caption").TextContent.Trim());
    }

    [Fact]
    public void OneReportTypeNarrowsTheListAndTheDownloadsAndPrintViewKeepTheFilters()
    {
        using var culture = CultureScope.Use("en-US");

        var page = RenderPage($"?asof=2018-07-25&report={_scenario.Day}");

        Assert.Equal(2, Rows(page).Count);
        Assert.All(Rows(page), row => Assert.Contains("Report on the Day", row, StringComparison.Ordinal));
        var query = $"?plan={_scenario.PlanId}&asof=2018-07-25&report={_scenario.Day}";
        Assert.Equal($"/reports/reminders/export{query}&format=csv", page.Find("[data-testid=export-csv]").GetAttribute("href"));
        Assert.Equal($"/reports/reminders/export{query}&format=xlsx", page.Find("[data-testid=export-xlsx]").GetAttribute("href"));
        Assert.Equal($"/reports/reminders/print{query}", page.Find("[data-testid=print-view]").GetAttribute("href"));
    }

    [Fact]
    public void NobodyIsListedOnTheDueDate()
    {
        using var culture = CultureScope.Use("en-US");

        var onTheDueDate = RenderPage($"?asof=2018-07-20&report={_scenario.Day}");

        Assert.Empty(Rows(onTheDueDate));
        Assert.Equal("No unit is late with a report or has a returned report to send again.", onTheDueDate.Find("[data-testid=nobody-owes]").TextContent.Trim());
    }

    [Fact]
    public void TheDayAfterTheDueDateTheUnitsWithoutAReportAreOneDayOverdue()
    {
        using var culture = CultureScope.Use("en-US");

        var dayAfter = RenderPage($"?asof=2018-07-21&report={_scenario.Day}");

        Assert.Equal(
            [
                "1 | Report on the Day | 20/07/2018 | Son Tay Town | Missing | 1 | no contact on file | no reporter account",
                "2 | Report on the Day | 20/07/2018 | Ba Vi District | Returned | 1 | Đỗ Văn Tâm, 024 3386 3555 | Nguyễn Thị Hoa (hoa@bavi.hanoi.gov.vn)",
                "3 | Report on the Day | 20/07/2018 | Ha Noi Police Department | Missing | 1 | no contact on file | no reporter account",
            ],
            Rows(dayAfter));
    }

    [Fact]
    public async Task AReportSubmittedElsewhereLeavesTheListWithoutAReload()
    {
        using var culture = CultureScope.Use("en-US");
        var page = RenderPage("?asof=2018-07-25");

        await _scenario.SubmitAsync("POLICE", _scenario.Day);

        page.WaitForAssertion(() => Assert.Equal(2, Rows(page).Count), Timeout);
        Assert.DoesNotContain(Rows(page), row => row.Contains("Police", StringComparison.Ordinal));
    }

    [Fact]
    public void OnlyTheStandingAgencyAndTheSecretariatMayOpenIt()
    {
        var policy = Assert.Single(
            typeof(ReminderPage).GetCustomAttributes(typeof(AuthorizeAttribute), inherit: true).Cast<AuthorizeAttribute>(), a => a.Policy is not null).Policy;

        Assert.Equal(nameof(SteeringAction.ChaseReports), policy);
        Assert.Equal([SteeringRole.Secretariat, SteeringRole.StandingAgency], Permissions.RolesAllowedSome(SteeringAction.ChaseReports).Order());
    }
}
