using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

public sealed class SignInBrowserTests(LiveSteeringApp app, BrowserFixture browser) : IClassFixture<LiveSteeringApp>
{
    [Fact]
    public async Task AnAnonymousVisitorSignsInAndLandsOnThePageTheyAskedFor()
    {
        var account = await app.CreateAccountAsync(SteeringRole.UnitReporter, unitId: 1);
        await using var context = await browser.NewContextAsync(app.BaseAddress, "en-US");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/plan");
        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in\\?returnUrl=%2Fplan$"));
        await page.GetByLabel("User name").FillAsync(account.UserName);
        await page.GetByLabel("Password").FillAsync(SteeringAppFactory.TestPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/plan$"));
        await page.WaitForInteractiveAsync();
        var userMenu = page.GetByRole(AriaRole.Group, new() { Name = "Signed in as" });
        await Expect(userMenu).ToContainTextAsync("Test UnitReporter");
        await Expect(userMenu).ToContainTextAsync("Unit reporter");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var audited = await db.AuditEntries.SingleAsync(e => e.UserName == account.UserName, TestContext.Current.CancellationToken);
        Assert.Equal(AuditEvent.SignInSucceeded, audited.Event);
        Assert.Equal("127.0.0.1", audited.Address);
    }

    [Fact]
    public async Task AWrongPasswordShowsTheMessageInVietnamese()
    {
        await using var context = await browser.NewContextAsync(app.BaseAddress, "vi-VN");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");

        await page.GetByLabel("Tên đăng nhập").FillAsync("nobody.at.all");
        await page.GetByLabel("Mật khẩu").FillAsync("not a password of anyone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản này không thể đăng nhập.");
        await Expect(page.GetByLabel("Mật khẩu")).ToHaveValueAsync(string.Empty);
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task TheDashboardAndItsChartsRunUnderTheContentSecurityPolicyWithoutAViolation()
    {
        await using var context = await app.NewSignedInContextAsync(browser, "en-US");
        // Runs before the page's own scripts (Playwright injects it outside the policy) and records every violation.
        await context.AddInitScriptAsync(
            "window.cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        await page.GotoInteractiveAsync("/");
        var canvas = page.GetByRole(AriaRole.Img, new() { Name = "Average progress per district", Exact = true });
        await canvas.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync(
            """
            () => {
                const canvas = document.querySelector('canvas[aria-label="Average progress per district"]');
                return !!canvas && !!window.Chart && !!window.Chart.getChart(canvas);
            }
            """);

        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.cspViolations"));
        Assert.DoesNotContain(consoleErrors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SigningOutReturnsToTheSignInPageAndThePagesAskForSignInAgain()
    {
        await using var context = await app.NewSignedInContextAsync(browser, "en-US");
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/tasks");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await page.GotoAsync("/tasks");
        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in\\?returnUrl=%2Ftasks$"));
    }

    [Theory]
    [InlineData(SteeringRole.Administrator, true)]
    [InlineData(SteeringRole.StandingAgency, false)]
    public async Task OnlyAnAdministratorSeesTheUsersAndAuditLogLinks(SteeringRole role, bool shown)
    {
        await using var context = await app.NewSignedInContextAsync(browser, "en-US", role);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });

        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Tasks", Exact = true })).ToBeVisibleAsync();
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true })).ToHaveCountAsync(shown ? 1 : 0);
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Audit log", Exact = true })).ToHaveCountAsync(shown ? 1 : 0);
    }
}
