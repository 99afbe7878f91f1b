using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

public sealed class SecondFactorBrowserTests(LiveSteeringApp app, BrowserFixture browser) : IClassFixture<LiveSteeringApp>
{
    [Fact]
    public async Task ANewAdministratorSetsUpTheAuthenticatorAppKeepsTheRecoveryCodesAndSignsInWithACodeNextTime()
    {
        var account = await app.CreateAccountAsync(SteeringRole.Administrator, enrolled: false);
        await using var context = await browser.NewContextAsync(app.BaseAddress, "en-US");
        var page = await context.NewPageAsync();

        // The password, then the enrolment the role requires.
        await page.GotoAsync("/admin/users");
        await page.GetByLabel("User name").FillAsync(account.UserName);
        await page.GetByLabel("Password").FillAsync(SteeringAppFactory.TestPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Set up two-step sign-in", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code to scan with the authenticator app" })).ToBeVisibleAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        // The phone: the key typed in by hand, since a test cannot scan.
        var key = (await page.Locator(".enrol-key").TextContentAsync())!.Replace(" ", string.Empty, StringComparison.Ordinal);
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();

        var recoveryCodes = page.GetByRole(AriaRole.List, new() { Name = "Your recovery codes" }).GetByRole(AriaRole.Listitem);
        await Expect(recoveryCodes).ToHaveCountAsync(SecondFactor.RecoveryCodeCount);
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/users$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Signed in as" })).ToContainTextAsync("Test Administrator");

        // Next time: the password, then the code the app shows.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in$"));
        await page.GetByLabel("User name").FillAsync(account.UserName);
        await page.GetByLabel("Password").FillAsync(SteeringAppFactory.TestPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter your code", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(app.BaseAddress.ToString()) + "$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Signed in as" })).ToContainTextAsync("Test Administrator");
        await page.CloseAsync();
    }
}
