using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Figures;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Figures;

/// <summary>The import screen on <see cref="FigureScenario"/> (Ba Đình's sessions: 12 in June, 20 in July 2018).</summary>
public sealed class FigureImportPageTests : BunitContext, IAsyncLifetime
{
    private const string Header = "UnitCode,IndicatorCode,Year,Month,Value";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly TemporaryDatabase _database = new();

    private IDbContextFactory<SteeringDbContext> Factory => Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>();

    public async ValueTask InitializeAsync()
    {
        this.AddSteeringDefaults();
        await this.UseSteeringDatabaseAsync(_database, new SeedOptions { DemoData = false }, new FixedClock(FigureScenario.Now));
        await FigureScenario.AddAsync(Factory);
        Render<MudBlazor.MudPopoverProvider>();
    }

    [Fact]
    public async Task EveryErrorIsListedByRowAndColumnInTheUsersLanguageAndNothingIsApplied()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        var page = Render<FigureImportPage>();

        Upload(page, "figures.csv", "BA-DINH,COMM_SESSIONS,2018,8,9", "BA-DINH,COMM_SESSIONS,2018,7,-4", "NOWHERE,COMM_SESSIONS,2018,8,1");

        var table = page.WaitForElement("[data-testid=import-errors]", Timeout);
        Assert.Equal(
            [
                ["3", "Value (giá trị)", "Nhập số nguyên từ 0 trở lên."],
                ["4", "UnitCode (mã đơn vị)", "Không có đơn vị nào có mã này."],
            ],
            table.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(td => td.TextContent.Trim()).ToArray()));
        Assert.Contains("Chưa có số liệu nào được áp dụng", page.Find("[data-testid=import-invalid]").TextContent);
        Assert.Null(await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 8));
        Assert.Equal(20, await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 7));
    }

    [Fact]
    public async Task AValidFileIsSummarisedAppliedOnConfirmationAndTheSameFileAgainHasNothingToChange()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        string[] rows = ["BA-DINH,COMM_SESSIONS,2018,8,18", "BA-DINH,COMM_SESSIONS,2018,7,21", "BA-DINH,COMM_SESSIONS,2018,6,12"];
        var page = Render<FigureImportPage>();

        Upload(page, "figures.csv", rows);

        var summary = page.WaitForElement("[data-testid=import-summary]", Timeout);
        Assert.Equal("The file is valid: 1 new figure(s), 1 changed, 1 unchanged. Apply it?", summary.TextContent.Trim());
        Assert.Null(await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 8));

        page.Find("[data-testid=import-apply]").Click();

        page.WaitForElement("[data-testid=import-applied]", Timeout);
        Assert.Equal(18, await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 8));
        Assert.Equal(21, await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 7));

        Upload(page, "figures.csv", rows);

        var nothing = page.WaitForElement("[data-testid=import-nothing]", Timeout);
        Assert.Equal("Nothing to change: all 3 row(s) equal the figures already saved.", nothing.TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=import-apply]"));
    }

    [Fact]
    public async Task RowsFarOutsideTheUnitsHistoryMustEachBeConfirmedBeforeTheFileIsApplied()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        var page = Render<FigureImportPage>();

        Upload(page, "figures.csv", "BA-DINH,COMM_SESSIONS,2018,8,200", "HOAN-KIEM,COMM_SESSIONS,2018,8,3");

        var outliers = page.WaitForElement("[data-testid=import-outliers]", Timeout);
        Assert.Contains("Row 2: Ba Dinh District, Communication sessions held, 08/2018: 200 (highest in the previous 12 months: 20)", outliers.TextContent);
        Assert.True(page.Find("[data-testid=import-apply]").HasAttribute("disabled"));

        var box = page.Find("[data-row='2']");
        (box.TagName == "INPUT" ? box : box.QuerySelector("input")!).Change(true);
        page.WaitForAssertion(() => Assert.False(page.Find("[data-testid=import-apply]").HasAttribute("disabled")), Timeout);
        page.Find("[data-testid=import-apply]").Click();

        page.WaitForElement("[data-testid=import-applied]", Timeout);
        Assert.Equal(200, await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 8));
    }

    [Fact]
    public async Task AReportersFileWithAnotherUnitsRowsIsRefusedNamingThoseRows()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.UnitReporter, await FigureScenario.UnitIdAsync(Factory, FigureScenario.BaDinh));
        var page = Render<FigureImportPage>();

        Upload(page, "figures.xlsx", "BA-DINH,COMM_SESSIONS,2018,8,9", "HOAN-KIEM,COMM_SESSIONS,2018,8,4", "HOAN-KIEM,COMM_SESSIONS,2018,7,4");

        var rows = page.WaitForElement("[data-testid=import-other-units]", Timeout);
        Assert.StartsWith("Rows 3, 4 are figures of units other than yours", rows.TextContent.Trim());
        Assert.Null(await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 8));
    }

    [Fact]
    public async Task TheTemplatesAreOfferedForDownload()
    {
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);

        var page = Render<FigureImportPage>();

        Assert.Equal(["/figures/template?format=csv", "/figures/template?format=xlsx"], page.FindAll("[data-testid=template-links] a").Select(a => a.GetAttribute("href")));
    }

    private static void Upload(IRenderedComponent<FigureImportPage> page, string name, params string[] rows)
    {
        var lines = rows.Prepend(Header).ToList();
        var content = name.EndsWith(".xlsx", StringComparison.Ordinal)
            ? SteeringDashboard.Core.Indicators.FigureExport.Write(
                new SteeringDashboard.Core.Indicators.ExportTable([], [.. Header.Split(',').Select(c => new SteeringDashboard.Core.Indicators.ExportColumn(c, false))],
                    [.. rows.Select(r => (IReadOnlyList<string>)r.Split(','))]),
                SteeringDashboard.Core.Indicators.FigureFileFormat.Xlsx)
            : Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, name));
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        _database.Dispose();
    }
}
