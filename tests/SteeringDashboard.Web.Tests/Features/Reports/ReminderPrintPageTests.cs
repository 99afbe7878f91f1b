using System.Text.RegularExpressions;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Reports;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Reports;

/// <summary>The printed reminder on <see cref="MatrixScenario"/>'s reports, issued on 25/07/2018 (the clock's day in Ha Noi).</summary>
public sealed partial class ReminderPrintPageTests : DatabasePageContext, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private MatrixScenario _scenario = default!;

    public async ValueTask InitializeAsync()
    {
        _scenario = await MatrixScenario.CreateAsync(this, Database);
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
    }

    private IRenderedComponent<ReminderPrintPage> RenderPage(string query = "?asof=2018-07-25")
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(ReminderPrintPage.Route + query);
        var page = Render<ReminderPrintPage>();
        page.WaitForElement("[data-testid=reminder-document]", Timeout);
        return page;
    }

    [Fact]
    public void HasTheAdministrativeHeadingTheDateInWordsAndTheList()
    {
        using var culture = CultureScope.Use("vi-VN");

        var page = RenderPage();

        var heading = page.Find(".document-heading").TextContent;
        Assert.Contains("BAN CHỈ ĐẠO 138/TP", heading, StringComparison.Ordinal);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", heading, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", heading, StringComparison.Ordinal);
        Assert.Equal("Hà Nội, ngày 25 tháng 7 năm 2018", page.Find("[data-testid=document-date]").TextContent.Trim());
        Assert.Equal(3, page.FindAll("[data-testid=reminders] tbody tr").Count);
        Assert.Empty(page.FindAll("[data-testid=demo-notice]"));
    }

    [Fact]
    public void PrintsFromTheButtonThroughThePagesModuleAndHidesTheControlsOnPaper()
    {
        var module = JSInterop.SetupModule("./Features/Reports/ReminderPrintPage.razor.js");
        module.SetupVoid("print").SetVoidResult();
        var page = RenderPage();

        Assert.All(page.FindAll("button, a"), control => Assert.NotNull(control.Closest("[data-testid=print-controls]")));
        Assert.Empty(page.FindAll("[data-testid=reminder-document] button, [data-testid=reminder-document] nav"));
        page.Find("[data-testid=print]").Click();

        module.VerifyInvoke("print");
        // The rules every printed document shares (the pack's too) are site-wide.
        var css = File.ReadAllText(Path.Combine(SourceTree.Root.FullName, "wwwroot-assets", "styles", "app.css"));
        Assert.Matches(@"@page\s*\{[^{}]*size:\s*A4", css);
        var print = PrintRules().Match(css);
        Assert.True(print.Success, "The print view has no @media print rules.");
        Assert.Matches(@"\.print-controls\s*\{\s*display:\s*none", print.Value);
    }

    [Fact]
    public void ItsLayoutHasNoAppBarAndNoNavigation()
    {
        Assert.Equal(typeof(ReminderPrintLayout), typeof(ReminderPrintPage).GetCustomAttributes(typeof(LayoutAttribute), inherit: false).Cast<LayoutAttribute>().Single().LayoutType);

        var layout = Render<ReminderPrintLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<p id=body>document</p>"))));

        Assert.NotNull(layout.Find("#body"));
        Assert.Empty(layout.FindAll("nav, header, .mud-appbar, .mud-drawer, button"));
    }

    [Fact]
    public async Task DemoDataIsMarkedAsDemo()
    {
        await using (var db = await Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken))
        {
            await db.Plans.ExecuteUpdateAsync(s => s.SetProperty(p => p.HasDemoData, true), Xunit.TestContext.Current.CancellationToken);
        }

        using var culture = CultureScope.Use("vi-VN");
        var page = RenderPage();

        Assert.StartsWith("Dữ liệu mẫu", page.Find("[data-testid=demo-notice]").TextContent.Trim(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"@media print\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")]
    private static partial Regex PrintRules();
}
