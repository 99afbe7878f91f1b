using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Features.Indicators;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Indicators;

/// <summary>Monthly entry on <see cref="FigureScenario"/> (Ba Đình's sessions: 12 in June, 20 in July 2018).</summary>
public sealed class FigureEntryPageTests : DatabasePageContext, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async ValueTask InitializeAsync()
    {
        await UseDatabaseAsync(new SeedOptions { DemoData = false }, new FixedClock(FigureScenario.Now));
        await FigureScenario.AddAsync(Factory);
        Render<MudBlazor.MudPopoverProvider>();
    }

    [Theory]
    [InlineData("en-US", "-3", "Enter a whole number, 0 or more.")]
    [InlineData("vi-VN", "-3", "Nhập số nguyên từ 0 trở lên.")]
    [InlineData("en-US", "2.5", "Enter a whole number, such as 1234 or 1,234.")]
    [InlineData("vi-VN", "mười", "Nhập số nguyên, ví dụ 1234 hoặc 1.234.")]
    [InlineData("vi-VN", "3,5", "Nhập số nguyên, ví dụ 1234 hoặc 1.234.")]
    [InlineData("vi-VN", "36.44", "Nhập số nguyên, ví dụ 1234 hoặc 1.234.")]
    public async Task ABadValueIsRefusedBesideItsFieldInTheUsersLanguage(string cultureName, string input, string message)
    {
        using var culture = CultureScope.Use(cultureName);
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        var page = RenderAt("/figures/entry?unit=BA-DINH&year=2018&month=8");

        Field(page, FigureScenario.Sessions).Input(input);
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal(message, HelperOf(page, FigureScenario.Sessions)), Timeout);
        Assert.NotNull(page.Find("[data-testid=entry-invalid]"));
        Assert.Null(await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 8));
    }

    [Fact]
    public async Task ShowsTheStoredValueWithWhoAndWhenAndSavesAChange()
    {
        using var culture = CultureScope.Use("en-US");
        this.SignInAs(await TestAccounts.CreateAsync(Factory, SteeringRole.StandingAgency, displayName: "Officer Lan"));
        var page = RenderAt("/figures/entry?unit=BA-DINH&year=2018&month=7");

        Assert.Equal("20", Field(page, FigureScenario.Sessions).GetAttribute("value"));
        Assert.Equal("Saved: 20, by Earlier reporter on 01/08/2018 09:00", HelperOf(page, FigureScenario.Sessions));

        Field(page, FigureScenario.Sessions).Input("24");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.StartsWith("Saved: 24, by Officer Lan on ", HelperOf(page, FigureScenario.Sessions)), Timeout);
        Assert.Equal(24, await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 7));
    }

    [Theory]
    [InlineData("vi-VN", "3.644", "3.644")]
    [InlineData("en-US", "3,644", "3,644")]
    [InlineData("vi-VN", "3644", "3.644")]
    public async Task ANumberTypedAsTheScreensWriteItIsSavedAndShownSo(string cultureName, string typed, string shown)
    {
        using var culture = CultureScope.Use(cultureName);
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/figures/entry?unit=HOAN-KIEM&year=2018&month=8");
        var page = Render<FigureEntryPage>();

        ShowAllIndicators(page);
        Field(page, FigureScenario.Sessions).Input(typed);
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains(shown, HelperOf(page, FigureScenario.Sessions), StringComparison.Ordinal), Timeout);
        Assert.Equal(3644, await FigureScenario.StoredAsync(Factory, FigureScenario.HoanKiem, FigureScenario.Sessions, 8));
        Assert.Equal(shown, Field(RenderAt("/figures/entry?unit=HOAN-KIEM&year=2018&month=8"), FigureScenario.Sessions).GetAttribute("value"));
    }

    private static void ShowAllIndicators(IRenderedComponent<FigureEntryPage> page)
    {
        var toggle = page.WaitForElement("[data-testid=entry-show-all]", Timeout);
        (toggle.TagName == "INPUT" ? toggle : toggle.QuerySelector("input")!).Change(true);
        page.WaitForElement($"input[data-indicator={FigureScenario.Sessions}]", Timeout);
    }

    [Fact]
    public async Task AValueFarOutsideTheUnitsHistoryIsSavedOnlyOnceConfirmed()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        var page = RenderAt("/figures/entry?unit=BA-DINH&year=2018&month=8");

        Field(page, FigureScenario.Sessions).Input("100");
        page.Find("form").Submit();

        var confirm = page.WaitForElement("[data-testid=entry-confirm]", Timeout);
        Assert.Contains("Communication sessions held: 100 (highest in the previous 12 months: 20)", confirm.TextContent);
        Assert.Null(await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 8));

        page.Find("[data-testid=entry-confirm-save]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=entry-confirm]")), Timeout);
        Assert.Equal(100, await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 8));
    }

    [Fact]
    public async Task WhileOneValueAwaitsConfirmationNoneOfTheFormIsSavedAndConfirmingSavesThemAll()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        var page = RenderAt("/figures/entry?unit=BA-DINH&year=2018&month=8");

        Field(page, FigureScenario.VictimsRescued).Input("3");
        Field(page, FigureScenario.Sessions).Input("100");
        page.Find("form").Submit();

        var confirm = page.WaitForElement("[data-testid=entry-confirm]", Timeout);
        Assert.Contains("Chưa có số liệu nào được lưu", confirm.TextContent);
        Assert.Null(await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.VictimsRescued, 8));
        Assert.Null(await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 8));
        Assert.Equal("3", Field(page, FigureScenario.VictimsRescued).GetAttribute("value"));

        page.Find("[data-testid=entry-confirm-save]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=entry-confirm]")), Timeout);
        Assert.Equal(3, await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.VictimsRescued, 8));
        Assert.Equal(100, await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 8));
    }

    [Fact]
    public async Task AValueSavedMeanwhileIsShownTheUsersInputKeptAndTheirsCanBeSavedOverIt()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        var page = RenderAt("/figures/entry?unit=BA-DINH&year=2018&month=7");
        await SaveAsOtherAsync(FigureScenario.Sessions, 7, 25);

        Field(page, FigureScenario.Sessions).Input("22");
        page.Find("form").Submit();

        var conflict = page.WaitForElement("[data-testid=entry-conflict]", Timeout);
        Assert.StartsWith("Communication sessions held: Saved: 25, by Another officer on ", conflict.QuerySelector("li")!.TextContent.Trim());
        Assert.Equal("22", Field(page, FigureScenario.Sessions).GetAttribute("value"));
        Assert.Equal(25, await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 7));

        page.Find("[data-testid=entry-save-mine]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=entry-conflict]")), Timeout);
        Assert.Equal(22, await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 7));
    }

    [Fact]
    public async Task AReporterEntersOnlyItsOwnUnitsFigures()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.UnitReporter, await FigureScenario.UnitIdAsync(Factory, FigureScenario.BaDinh));

        var page = RenderAt("/figures/entry?unit=HOAN-KIEM&year=2018&month=8");

        Assert.Contains("Ba Đình", page.Find("[data-testid=entry-unit-fixed]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=entry-unit]"));
        Assert.StartsWith("Ba Đình", page.Find("#entry-heading").TextContent);
        Field(page, FigureScenario.VictimsRescued).Input("2");
        page.Find("form").Submit();

        page.WaitForAssertion(async () => Assert.Equal(2, await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.VictimsRescued, 8)), Timeout);
        Assert.Null(await FigureScenario.StoredAsync(Factory, FigureScenario.HoanKiem, FigureScenario.VictimsRescued, 8));
    }

    [Fact]
    public async Task ARefusalIsShownAndNothingSaved()
    {
        using var culture = CultureScope.Use("en-US");
        var reporter = await this.SignInNewAccountAsync(SteeringRole.UnitReporter, await FigureScenario.UnitIdAsync(Factory, FigureScenario.BaDinh));
        var page = RenderAt("/figures/entry?year=2018&month=8");
        await TestAccounts.DisableAsync(Factory, reporter.UserId);

        Field(page, FigureScenario.Sessions).Input("5");
        page.Find("form").Submit();

        page.WaitForElement("[data-testid=entry-forbidden]", Timeout);
        Assert.Null(await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 8));
    }

    private IRenderedComponent<FigureEntryPage> RenderAt(string address)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        var page = Render<FigureEntryPage>();
        page.WaitForElement($"input[data-indicator={FigureScenario.Sessions}]", Timeout);
        return page;
    }

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<FigureEntryPage> page, string indicator) =>
        page.Find($"input[data-indicator={indicator}]");

    private static string HelperOf(IRenderedComponent<FigureEntryPage> page, string indicator) =>
        Field(page, indicator).Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text")!.TextContent.Trim();

    private async Task SaveAsOtherAsync(string indicator, int month, int value)
    {
        await using var db = await Factory.CreateDbContextAsync();
        var unitId = await FigureScenario.UnitIdAsync(Factory, FigureScenario.BaDinh);
        var indicatorId = await db.Indicators.Where(i => i.Code == indicator).Select(i => i.Id).SingleAsync();
        var version = await db.IndicatorValues.Where(v => v.UnitId == unitId && v.IndicatorId == indicatorId && v.Year == 2018 && v.Month == month).Select(v => (Guid?)v.Version).SingleOrDefaultAsync();
        var other = await TestAccounts.CreateAsync(Factory, SteeringRole.StandingAgency, displayName: "Another officer");
        var outcome = await Services.GetRequiredService<IndicatorEntryService>().SaveAsync(
            new FigureEntry(indicatorId, unitId, 2018, month, value, version), new Caller(other.UserId), Xunit.TestContext.Current.CancellationToken);
        Assert.IsType<FigureEntryOutcome.Saved>(outcome);
    }
}
