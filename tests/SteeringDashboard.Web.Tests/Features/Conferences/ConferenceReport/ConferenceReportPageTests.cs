using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Components.Charts;
using SteeringDashboard.Web.Features.Conferences;
using SteeringDashboard.Web.Features.Conferences.ConferenceReport;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Conferences.ConferenceReport;

/// <summary>
/// The review report of a first-half conference (cut-off 30/06/2018) on the demo plan, on a database of its own, where Ba Vi's
/// victims received in January–June are set to 3 (a figure the secretariat sees as "&lt; 5").
/// </summary>
public sealed class ConferenceReportPageTests : DatabasePageContext, IAsyncLifetime
{
    private const string VictimsReceived = "VIC_RECEIVED";
    private const string CasesDetected = "ENF_CASES_DETECTED";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;
    private IRenderedComponent<ConferenceReportPage> _page = default!;
    private int _conferenceId;
    private string _casesName = "Trafficking cases detected";

    public async ValueTask InitializeAsync()
    {
        await UseDatabaseAsync(new SeedOptions());
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        _conferenceId = await ConferenceScenario.AddToSeededPlanAsync(Factory, date: new DateOnly(2018, 7, 10));

        var baVi = await db.Units.SingleAsync(u => u.NameEn == "Ba Vi District", Cancellation);
        var victims = await db.Indicators.SingleAsync(i => i.Code == VictimsReceived, Cancellation);
        await db.IndicatorValues.Where(v => v.UnitId == baVi.Id && v.IndicatorId == victims.Id && v.Year == 2018).ExecuteDeleteAsync(Cancellation);
        db.IndicatorValues.Add(new IndicatorValue { UnitId = baVi.Id, IndicatorId = victims.Id, Year = 2018, Month = 2, Value = 3, Version = Guid.NewGuid() });
        await db.SaveChangesAsync(Cancellation);
    }

    [Fact]
    public async Task TheSecretariatFreezesThePackAndComparesItWithLiveDataThatChangedAfterwards()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();
        var casesBefore = CityTotal(CasesDetected);

        Freeze("Committee members (exact figures)");
        _page.WaitForAssertion(() => Assert.Contains("Version 1 of the pack is frozen for: Committee members (exact figures).", _page.Markup), Timeout);
        Assert.Equal(PackAudience.Committee, Assert.Single(await Services.GetRequiredService<PackService>().ListAsync(_conferenceId, Cancellation)).Audience);

        _page.Find("textarea[data-testid='section-intro']").Input("Sáu tháng đầu năm 2018, các đơn vị đã triển khai kế hoạch.");
        _page.FindAll("button").Single(b => b.TextContent.Trim() == "Save: Introduction").Click();
        _page.WaitForAssertion(() => Assert.Contains("Saved.", _page.Markup), Timeout);

        await AddToCityFigureAsync(CasesDetected, 10);
        _page.WaitForAssertion(() => Assert.Equal(casesBefore + 10, CityTotal(CasesDetected)), Timeout);

        _page.FindAll("button").Single(b => b.TextContent.Trim() == "Compare version 1 with live data").Click();
        _page.WaitForAssertion(() => Assert.NotEmpty(ComparisonRows()), Timeout);
        var casesRow = ComparisonRows().Single(r => (r.Part, r.Item) == ("Human-trafficking prevention and control", "Trafficking cases detected"));
        var unitRow = ComparisonRows().Single(r => (r.Part, r.Item) == ("Ba Dinh District", "Trafficking cases detected"));
        Assert.Equal("Changed", unitRow.Difference);
        Assert.Equal((casesBefore.ToString("N0", CultureInfo.CurrentCulture), (casesBefore + 10).ToString("N0", CultureInfo.CurrentCulture), "Changed"), (casesRow.Frozen, casesRow.Live, casesRow.Difference));
        var introRow = ComparisonRows().Single(r => r.Item == "Introduction");
        Assert.Equal(("", "Sáu tháng đầu năm 2018, các đơn vị đã triển khai kế hoạch.", "Changed"), (introRow.Frozen, introRow.Live, introRow.Difference));
        Assert.Equal("Same", ComparisonRows().Single(r => r.Item == "Drug cases detected").Difference);
        Assert.Contains("3 differences", _page.Find(".review-comparison").TextContent);
    }

    [Theory]
    [InlineData("en-US", "vi-VN", "Refreshed at ")]
    [InlineData("vi-VN", "en-US", "Cập nhật lúc ")]
    public async Task AFigureSavedInAnotherLanguageRecompilesTheReportInTheReadersOwn(string reader, string writer, string refreshedAt)
    {
        using var culture = CultureScope.Use(reader);
        await this.SignInNewAccountAsync(SteeringRole.CommitteeMember);
        await using (var db = await Factory.CreateDbContextAsync(Cancellation))
        {
            var cases = await db.Indicators.SingleAsync(i => i.Code == CasesDetected, Cancellation);
            _casesName = reader == "vi-VN" ? cases.NameVi : cases.NameEn;
        }

        Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
        _page = Render<ConferenceReportPage>(p => p.Add(x => x.ConferenceId, _conferenceId));
        _page.WaitForAssertion(() => Assert.NotEmpty(_page.FindAll("[data-testid=refresh-status]")), Timeout);
        var casesBefore = CityTotal(CasesDetected);

        using (CultureScope.Use(writer))
        {
            await AddToCityFigureAsync(CasesDetected, 10);
        }

        _page.WaitForAssertion(() => Assert.Equal(casesBefore + 10, CityTotal(CasesDetected)), Timeout);
        Assert.StartsWith(refreshedAt, _page.Find("[data-testid=refresh-status]").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACommitteeMemberReadsTheReportWithoutEditorsOrFreezingAndSeesVictimFiguresExactly()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.CommitteeMember);

        RenderPage();

        Assert.DoesNotContain(_page.FindAll("button"), b => b.TextContent.Trim() == "Freeze the pack");
        Assert.Empty(_page.FindAll("textarea"));
        Assert.Equal("3", UnitFigure("Ba Vi District", VictimsReceived));
        Assert.Empty(_page.FindAll("[data-testid=hidden-figures-note]"));
        Assert.Equal(3, _page.FindComponents<ChartCard>().Count);
        Assert.Contains("generated demo data, not official figures", _page.Markup);
    }

    [Fact]
    public async Task TheSecretariatSeesASmallVictimFigureAsBelowTheThresholdAndItsCityTotalWithheld()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);

        RenderPage();

        Assert.Equal("< 5", UnitFigure("Ba Vi District", VictimsReceived));
        Assert.Equal("hidden", CityTotalText(VictimsReceived));
        Assert.NotNull(_page.Find("[data-testid=hidden-figures-note]"));
    }

    [Fact]
    public async Task ThePackSectionLinksToTheWorkbookAndToEachTablesCsvOfTheVersionBeingCompared()
    {
        using var culture = CultureScope.Use("en-US");
        var secretariat = await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        Assert.IsType<FreezeOutcome.Frozen>(await Services.GetRequiredService<PackService>().FreezeAsync(new Caller(secretariat.UserId), _conferenceId, PackAudience.Public, Cancellation));
        RenderPage();
        var pack = $"/conference/{_conferenceId}/pack/export";

        Assert.Equal("Download the pack's tables", ExportGroupName());
        Assert.Equal([$"{pack}?format=xlsx"], ExportLinks().Where(a => a.Text == "All tables (Excel, XLSX)").Select(a => a.Href));
        Assert.Equal(
            [
                ("Key figures (CSV)", $"{pack}?format=csv&table=figures"),
                ("Districts (CSV)", $"{pack}?format=csv&table=districts"),
                ("Member agencies (CSV)", $"{pack}?format=csv&table=agencies"),
                ("Tasks (CSV)", $"{pack}?format=csv&table=tasks"),
                ("Reports not received (CSV)", $"{pack}?format=csv&table=missing"),
                ("Agenda (CSV)", $"{pack}?format=csv&table=agenda"),
                ("Commendations (CSV)", $"{pack}?format=csv&table=commendations"),
            ],
            _page.FindAll("[data-testid='pack-export-csv'] a[download]").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))));
        Assert.Equal("One table (CSV)", _page.Find("[data-testid='pack-export-csv'] summary").TextContent.Trim());

        _page.FindAll("button").Single(b => b.TextContent.Trim() == "Compare version 1 with live data").Click();

        _page.WaitForAssertion(() => Assert.Equal("Download the tables of version 1", ExportGroupName()), Timeout);
        Assert.Equal($"{pack}?format=xlsx&version=1", ExportLinks().Single(a => a.Text == "All tables (Excel, XLSX)").Href);
        Assert.Contains(ExportLinks(), a => a.Href == $"{pack}?format=csv&version=1&table=districts");
    }

    [Fact]
    public async Task FreezingAsksWhoTheVersionIsForAndStoresNothingUntilItIsChosen()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage("Báo cáo sơ kết 6 tháng đầu năm");

        _page.FindAll("button").Single(b => b.TextContent.Trim() == "Chốt tài liệu").Click();
        _dialogs.WaitForAssertion(() => Assert.Contains("Phiên bản này dành cho ai?", _dialogs.Markup), Timeout);
        Assert.Equal(
            ["Thành viên Ban Chỉ đạo (số liệu đầy đủ)", "Phát hành rộng rãi (ẩn số nhỏ)"],
            _dialogs.FindAll("label.mud-radio").Select(l => l.TextContent.Trim()));
        _dialogs.Find("[data-testid='freeze-confirm']").Click();

        _dialogs.WaitForAssertion(() => Assert.Equal("Hãy chọn phiên bản này dành cho ai.", _dialogs.Find("[role='alert']").TextContent.Trim()), Timeout);
        Assert.Empty(await Services.GetRequiredService<PackService>().ListAsync(_conferenceId, Cancellation));

        _dialogs.FindAll("label.mud-radio").Single(l => l.TextContent.Trim() == "Phát hành rộng rãi (ẩn số nhỏ)").QuerySelector("input")!.Click();
        _dialogs.Find("[data-testid='freeze-confirm']").Click();

        _page.WaitForAssertion(() => Assert.Equal("Phát hành rộng rãi (ẩn số nhỏ)", _page.Find("[data-testid='version-audience']").TextContent.Trim()), Timeout);
        Assert.Equal(PackAudience.Public, Assert.Single(await Services.GetRequiredService<PackService>().ListAsync(_conferenceId, Cancellation)).Audience);
    }

    [Fact]
    public async Task AReporterSeesTheCommitteesVersionListedWithoutLinksToOpenIt()
    {
        using var culture = CultureScope.Use("en-US");
        var secretariat = await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        var packs = Services.GetRequiredService<PackService>();
        Assert.IsType<FreezeOutcome.Frozen>(await packs.FreezeAsync(new Caller(secretariat.UserId), _conferenceId, PackAudience.Committee, Cancellation));
        Assert.IsType<FreezeOutcome.Frozen>(await packs.FreezeAsync(new Caller(secretariat.UserId), _conferenceId, PackAudience.Public, Cancellation));
        await this.SignInNewAccountAsync(SteeringRole.UnitReporter, await BaViAsync());

        RenderPage();

        var rows = _page.FindAll("tbody tr").Where(r => r.QuerySelector("[data-testid='version-audience']") is not null).ToList();
        Assert.Equal(["Version 2", "Version 1"], rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()));
        Assert.Equal("Print version 2", rows[0].QuerySelector("a")!.TextContent.Trim());
        Assert.Equal($"/conference/{_conferenceId}/print?version=2", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(rows[1].QuerySelector("a, button"));
        Assert.Contains("For the committee only", rows[1].TextContent);
    }

    [Fact]
    public async Task AnUnknownConferenceSaysSo()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);

        _page = Render<ConferenceReportPage>(p => p.Add(x => x.ConferenceId, _conferenceId + 100));

        _page.WaitForAssertion(() => Assert.Equal("Không tìm thấy hội nghị", _page.Find("h1").TextContent), Timeout);
    }

    private void RenderPage(string heading = "First-half review report")
    {
        Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
        _page = Render<ConferenceReportPage>(p => p.Add(x => x.ConferenceId, _conferenceId));
        _page.WaitForAssertion(() => Assert.Equal(heading, _page.Find("h1").TextContent), Timeout);
    }

    /// <summary>Freezes the pack as the secretariat does: the button, then the audience in the dialog, then the dialog's button.</summary>
    private void Freeze(string audience)
    {
        _page.FindAll("button").Single(b => b.TextContent.Trim() == "Freeze the pack").Click();
        _dialogs.WaitForAssertion(() => Assert.Contains("Version 1 will store", _dialogs.Markup), Timeout);
        _dialogs.FindAll("label.mud-radio").Single(l => l.TextContent.Trim() == audience).QuerySelector("input")!.Click();
        _dialogs.Find("[data-testid='freeze-confirm']").Click();
    }

    private async Task<int> BaViAsync()
    {
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        return await db.Units.Where(u => u.NameEn == "Ba Vi District").Select(u => u.Id).SingleAsync(Cancellation);
    }

    /// <summary>Adds to Ba Dinh's March figure, as a figure entry would, and tells the open screens.</summary>
    private async Task AddToCityFigureAsync(string code, int value)
    {
        await using (var db = await Factory.CreateDbContextAsync(Cancellation))
        {
            var unit = await db.Units.SingleAsync(u => u.NameEn == "Ba Dinh District", Cancellation);
            var indicator = await db.Indicators.SingleAsync(i => i.Code == code, Cancellation);
            var figure = await db.IndicatorValues.SingleOrDefaultAsync(
                v => v.UnitId == unit.Id && v.IndicatorId == indicator.Id && v.Year == 2018 && v.Month == 3, Cancellation);
            if (figure is null)
            {
                db.IndicatorValues.Add(new IndicatorValue { UnitId = unit.Id, IndicatorId = indicator.Id, Year = 2018, Month = 3, Value = value, Version = Guid.NewGuid() });
            }
            else
            {
                figure.Value += value;
            }

            await db.SaveChangesAsync(Cancellation);
        }

        await Services.GetRequiredService<ChangeNotifier>().Publish(new DataChange(ChangeKind.IndicatorFigures, 0, [], DateTime.UtcNow, "test"));
    }

    private IElement CityRow(string code)
    {
        var name = code == CasesDetected ? _casesName : "Victims received";
        return _page.FindAll("table tr").First(r => r.QuerySelector("th[scope=row]")?.TextContent.Trim() == name);
    }

    private string CityTotalText(string code) => CityRow(code).QuerySelectorAll("td")[0].TextContent.Trim();

    private long CityTotal(string code) => long.Parse(CityTotalText(code), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>A unit's figure in the district table: the six status columns come first, then the headline indicators in order.</summary>
    private string UnitFigure(string unitName, string code)
    {
        var table = _page.FindAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Assignments and key figures per district", StringComparison.Ordinal));
        var headers = table.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()).ToList();
        var column = headers.IndexOf(code == VictimsReceived ? "Victims received" : "Trafficking cases detected") - 1;
        var row = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == unitName);
        return row.QuerySelectorAll("td")[column].TextContent.Trim();
    }

    private List<(string Part, string Item, string Frozen, string Live, string Difference)> ComparisonRows() =>
        _page.FindAll(".review-comparison tbody tr")
            .Select(r =>
            {
                var cells = r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
                return (cells[0], r.QuerySelector("th")!.TextContent.Trim(), cells[1], cells[2], cells[3]);
            })
            .ToList();

    /// <summary>The accessible name of the export group (its aria-labelledby text).</summary>
    private string ExportGroupName()
    {
        var group = _page.Find("[data-testid='pack-export'][role='group']");
        return _page.Find("#" + group.GetAttribute("aria-labelledby")).TextContent.Trim();
    }

    private List<(string Text, string? Href)> ExportLinks() =>
        _page.FindAll("[data-testid='pack-export'] a[download]").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
}
