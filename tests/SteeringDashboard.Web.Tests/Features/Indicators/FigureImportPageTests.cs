using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Indicators;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Indicators;

/// <summary>The import screen on <see cref="FigureScenario"/> (Ba Đình's sessions: 12 in June, 20 in July 2018).</summary>
public sealed class FigureImportPageTests : DatabasePageContext, IAsyncLifetime
{
    private const string Header = "UnitCode,IndicatorCode,Year,Month,Value";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async ValueTask InitializeAsync()
    {
        await UseDatabaseAsync(new SeedOptions { DemoData = false }, new FixedClock(FigureScenario.Now));
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
        Assert.Equal(
            [
                ["2", "Ba Dinh District", "Communication sessions held", "08/2018", "none", "18"],
                ["3", "Ba Dinh District", "Communication sessions held", "07/2018", "20", "21"],
            ],
            page.FindAll("[data-testid=import-changes] tbody tr").Select(tr => tr.Children.Select(td => td.TextContent.Trim()).ToArray()));
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
    public async Task TheTemplateSavedAsCsvByVietnameseExcelIsReadWithItsNumbersAndApplied()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        var template = await TemplateRowsAsync();
        IReadOnlyList<string>[] figures =
        [
            [FigureScenario.HoanKiem, FigureScenario.Sessions, "2018", "8", VietnameseExcelCsv.Number(1234)],
            [FigureScenario.BaDinh, FigureScenario.Sessions, "2018", "7", "21"],
        ];
        var file = VietnameseExcelCsv.Save([.. template, .. figures]);
        Assert.Contains((byte)';', file);
        Assert.Contains((byte)0xEC, file);
        var page = Render<FigureImportPage>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(file, "bieu-mau-so-lieu.csv"));

        var summary = page.WaitForElement("[data-testid=import-summary]", Timeout);
        Assert.StartsWith("Tệp hợp lệ: 1 số liệu mới, 1 thay đổi, 0 không đổi.", summary.TextContent.Trim());
        Assert.Equal(
            [["chưa có", "1.234"], ["20", "21"]],
            page.FindAll("[data-testid=import-changes] tbody tr").Select(tr => tr.Children.Skip(4).Select(td => td.TextContent.Trim()).ToArray()));
        page.Find("[data-testid=import-apply]").Click();
        page.WaitForElement("[data-testid=import-applied]", Timeout);
        Assert.Equal(1234, await FigureScenario.StoredAsync(Factory, FigureScenario.HoanKiem, FigureScenario.Sessions, 8));
        Assert.Equal(21, await FigureScenario.StoredAsync(Factory, FigureScenario.BaDinh, FigureScenario.Sessions, 7));
    }

    [Theory]
    [InlineData("vi-VN", "Tệp không phải văn bản theo bảng mã")]
    [InlineData("en-US", "The file is not text in an encoding the app reads")]
    public async Task AFileThatIsNotTextSaysItsEncodingIsUnreadableInTheUsersLanguage(string cultureName, string message)
    {
        using var culture = CultureScope.Use(cultureName);
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        var page = Render<FigureImportPage>();
        byte[] picture = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x01, 0x02, 0x03];

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(picture, "so-lieu.csv"));

        Assert.StartsWith(message, page.WaitForElement("[data-testid=import-rejected]", Timeout).TextContent.Trim());
    }

    [Fact]
    public async Task AHeaderWithoutSeparatorsIsNamedAsTheReason()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        var page = Render<FigureImportPage>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("UnitCode IndicatorCode Year Month Value\nBA-DINH COMM_SESSIONS 2018 8 5\n", "figures.csv"));

        Assert.StartsWith("The header row is a single column", page.WaitForElement("[data-testid=import-rejected]", Timeout).TextContent.Trim());
    }

    [Fact]
    public async Task TheTemplatesAreOfferedForDownload()
    {
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);

        var page = Render<FigureImportPage>();

        Assert.Equal(["/figures/template?format=csv", "/figures/template?format=xlsx"], page.FindAll("[data-testid=template-links] a").Select(a => a.GetAttribute("href")));
    }

    /// <summary>The CSV template's rows for the signed-in account, as a spreadsheet opens them.</summary>
    private async Task<List<IReadOnlyList<string>>> TemplateRowsAsync()
    {
        var actor = (await Services.GetRequiredService<SteeringDashboard.Web.Security.CurrentUser>().GetAsync())!;
        var template = await Services.GetRequiredService<FigureImport>().TemplateAsync(FigureFileFormat.Csv, actor, Xunit.TestContext.Current.CancellationToken);
        using var reader = CsvHelper.CsvReader.FromText(Encoding.UTF8.GetString(template).TrimStart('\uFEFF'), new CsvHelper.CsvReaderOptions { HasHeader = false });
        var rows = new List<IReadOnlyList<string>>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
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
}
