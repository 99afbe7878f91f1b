using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Indicators;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Indicators;

/// <summary>The figures table and its export on <see cref="FigureScenario"/>.</summary>
public sealed class FiguresPageTests : DatabasePageContext, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private IRenderedComponent<MudBlazor.MudPopoverProvider>? _popovers;

    public async ValueTask InitializeAsync()
    {
        await UseDatabaseAsync(new SeedOptions { DemoData = false }, new FixedClock(FigureScenario.Now));
        await FigureScenario.AddAsync(Factory);
    }

    [Fact]
    public async Task TheStandingAgencySeesEverySumExactly()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);

        var page = RenderAt("/figures?year=2018&from=6&to=7&kind=UrbanDistrict");

        page.WaitForAssertion(() => Assert.Equal(["Victims rescued", "10", "6", "16"], RowOf(page, FigureScenario.VictimsRescued)), Timeout);
        Assert.Equal(["Communication sessions held", "12", "20", "32"], RowOf(page, FigureScenario.Sessions));
        Assert.Equal(["Indicator", "06/2018", "07/2018", "Total"], page.FindAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Contains("Units: Urban district", page.Find("caption").TextContent);
        Assert.Empty(page.FindAll("[data-testid=hidden-figures-note]"));
    }

    [Fact]
    public async Task TheSecretariatSeesASmallVictimFigureAsBelowFiveAndNoSumThatContainsIt()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);

        var oneUnit = RenderAt("/figures?year=2018&from=6&to=7&unit=BA-DINH");
        oneUnit.WaitForAssertion(() => Assert.Equal(["Victims rescued", "< 5", "6", "hidden"], RowOf(oneUnit, FigureScenario.VictimsRescued)), Timeout);
        Assert.Equal(["Communication sessions held", "12", "20", "32"], RowOf(oneUnit, FigureScenario.Sessions));
        Assert.NotNull(oneUnit.Find("[data-testid=hidden-figures-note]"));

        var city = RenderAt("/figures?year=2018&from=6&to=7&indicator=VIC_RESCUED");
        city.WaitForAssertion(() => Assert.Equal(["Victims rescued", "hidden", "6", "hidden"], RowOf(city, FigureScenario.VictimsRescued)), Timeout);
        Assert.Empty(city.FindAll($"tr[data-indicator={FigureScenario.Sessions}]"));
    }

    [Fact]
    public async Task AReporterSeesItsOwnUnitsSmallFiguresExactly()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.UnitReporter, await FigureScenario.UnitIdAsync(Factory, FigureScenario.BaDinh));

        var page = RenderAt("/figures?year=2018&from=6&to=7&unit=BA-DINH&group=Victims");

        page.WaitForAssertion(() => Assert.Equal(["Nạn nhân được giải cứu", "3", "6", "9"], RowOf(page, FigureScenario.VictimsRescued)), Timeout);
        Assert.Empty(page.FindAll($"tr[data-indicator={FigureScenario.Sessions}]"));
        Assert.Contains("Nhóm chỉ tiêu: Nạn nhân", page.Find("caption").TextContent);
    }

    [Fact]
    public async Task AFigureSavedElsewhereShowsUpWithoutReload()
    {
        using var culture = CultureScope.Use("en-US");
        var officer = await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        var page = RenderAt("/figures?year=2018&from=6&to=7&unit=BA-DINH");
        page.WaitForAssertion(() => Assert.Equal("32", RowOf(page, FigureScenario.Sessions)[^1]), Timeout);

        var indicatorId = await IndicatorIdAsync(FigureScenario.Sessions);
        var unitId = await FigureScenario.UnitIdAsync(Factory, FigureScenario.BaDinh);
        var version = await VersionAsync(unitId, indicatorId, 7);
        var saved = await Services.GetRequiredService<IndicatorEntryService>().SaveAsync(new FigureEntry(indicatorId, unitId, 2018, 7, 25, version), new Caller(officer.UserId), Xunit.TestContext.Current.CancellationToken);
        Assert.IsType<FigureEntryOutcome.Saved>(saved);

        page.WaitForAssertion(() => Assert.Equal(["Communication sessions held", "12", "25", "37"], RowOf(page, FigureScenario.Sessions)), Timeout);
    }

    [Theory]
    [InlineData("en-US", "vi-VN", "after a change by")]
    [InlineData("vi-VN", "en-US", "sau thay đổi của")]
    public async Task AFigureSavedInAnotherLanguageRefreshesTheTableInTheReadersOwn(string reader, string writer, string afterAChangeBy)
    {
        using var culture = CultureScope.Use(reader);
        var officer = await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        var page = RenderAt("/figures?year=2018&from=6&to=7&unit=BA-DINH");
        page.WaitForAssertion(() => Assert.Equal("32", RowOf(page, FigureScenario.Sessions)[^1]), Timeout);
        var name = RowOf(page, FigureScenario.Sessions)[0];
        var indicatorId = await IndicatorIdAsync(FigureScenario.Sessions);
        var unitId = await FigureScenario.UnitIdAsync(Factory, FigureScenario.BaDinh);
        var version = await VersionAsync(unitId, indicatorId, 7);

        using (CultureScope.Use(writer))
        {
            var saved = await Services.GetRequiredService<IndicatorEntryService>().SaveAsync(
                new FigureEntry(indicatorId, unitId, 2018, 7, 25, version), new Caller(officer.UserId), Xunit.TestContext.Current.CancellationToken);
            Assert.IsType<FigureEntryOutcome.Saved>(saved);
        }

        page.WaitForAssertion(() => Assert.Equal([name, "12", "25", "37"], RowOf(page, FigureScenario.Sessions)), Timeout);
        Assert.Contains(afterAChangeBy, page.Find("[data-testid=refresh-status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExportButtonsLinkToTheSameFilter()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.CommitteeMember);

        var page = RenderAt("/figures?year=2018&from=6&to=7&unit=BA-DINH&group=Victims");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=figure-export] a").Count), Timeout);
        Assert.Equal(
            ["/figures/export?format=csv&year=2018&from=6&to=7&unit=BA-DINH&group=Victims", "/figures/export?format=xlsx&year=2018&from=6&to=7&unit=BA-DINH&group=Victims"],
            page.FindAll("[data-testid=figure-export] a").Select(a => a.GetAttribute("href")));
        Assert.All(page.FindAll("[data-testid=figure-export] a"), a => Assert.True(a.HasAttribute("download")));
    }

    [Theory]
    [InlineData(FigureFileFormat.Csv, "en-US", SteeringRole.Secretariat, "/figures?year=2018&from=6&to=7&unit=BA-DINH")]
    [InlineData(FigureFileFormat.Xlsx, "en-US", SteeringRole.Secretariat, "/figures?year=2018&from=6&to=7&unit=BA-DINH")]
    [InlineData(FigureFileFormat.Csv, "vi-VN", SteeringRole.Secretariat, "/figures?year=2018&from=5&to=7")]
    [InlineData(FigureFileFormat.Xlsx, "vi-VN", SteeringRole.StandingAgency, "/figures?year=2018&kind=UrbanDistrict&programme=TraffickingPrevention")]
    public async Task TheExportedFileHoldsExactlyTheTableOnTheScreen(FigureFileFormat format, string cultureName, SteeringRole role, string address)
    {
        using var culture = CultureScope.Use(cultureName);
        var reader = await this.SignInNewAccountAsync(role);
        var page = RenderAt(address);
        page.WaitForElement("[data-testid=figures-table]", Timeout);
        var screen = page.FindAll("tbody tr[data-indicator]").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        var headings = page.FindAll("thead th").Select(th => th.TextContent.Trim()).ToList();

        var filter = FilterOf(address);
        var exporter = new FigureExporter(
            Services.GetRequiredService<FigureTableQueries>(), Services.GetRequiredService<IOptions<PrivacyOptions>>(),
            Services.GetRequiredService<IStringLocalizer<FiguresText>>(), Services.GetRequiredService<IStringLocalizer<SharedText>>(),
            Services.GetRequiredService<IStringLocalizer<PrivacyText>>(), new FixedClock(FigureScenario.Now));
        var table = await exporter.BuildAsync(filter, reader, Xunit.TestContext.Current.CancellationToken);
        var file = FigureExport.Write(table, format);
        var read = await FigureExport.ReadAsync(new MemoryStream(file), format, table.Columns, Xunit.TestContext.Current.CancellationToken);

        Assert.NotNull(read);
        Assert.Equal(table.Filters, read.Filters);
        Assert.Contains(read.Filters, f => f.Contains(cultureName == "vi-VN" ? "Thời gian:" : "Period:", StringComparison.Ordinal));
        Assert.Equal(headings.Skip(1), read.Columns.Skip(4).Select(c => c.Name).Take(headings.Count - 1));

        // The file's indicator name, months and total, numbers shown in the screen's format: the screen's rows exactly.
        var exported = read.Rows.Select(r => r.Skip(3).Select((cell, i) => i > 0 && long.TryParse(cell, out var n) ? n.ToString("N0", CultureInfo.CurrentCulture) : cell.Length == 0 ? "—" : cell).ToList()).ToList();
        Assert.Equal(screen, exported);
        if (role == SteeringRole.Secretariat && filter.UnitCode is not null)
        {
            Assert.Contains(read.Rows, r => r.Contains("< 5"));
            Assert.DoesNotContain(read.Rows, r => r[2] == FigureScenario.VictimsRescued && r.Contains("3"));
        }
    }

    private IRenderedComponent<FiguresPage> RenderAt(string address)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        _popovers ??= Render<MudBlazor.MudPopoverProvider>();
        return Render<FiguresPage>();
    }

    private static FigureFilter FilterOf(string address)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + address).Query);
        return FigureFilterQuery.Parse(new Microsoft.AspNetCore.Http.QueryCollection(query), 2018, 7);
    }

    private static List<string> RowOf(IRenderedComponent<FiguresPage> page, string indicator) =>
        [.. page.Find($"tr[data-indicator={indicator}]").Children.Select(c => c.TextContent.Trim())];

    private async Task<int> IndicatorIdAsync(string code)
    {
        await using var db = await Factory.CreateDbContextAsync();
        return await db.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync();
    }

    private async Task<Guid?> VersionAsync(int unitId, int indicatorId, int month)
    {
        await using var db = await Factory.CreateDbContextAsync();
        return await db.IndicatorValues.Where(v => v.UnitId == unitId && v.IndicatorId == indicatorId && v.Year == 2018 && v.Month == month).Select(v => (Guid?)v.Version).SingleAsync();
    }
}
