using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Features.Reports;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Reports;

/// <summary>
/// The report pages on a database seeded with the plan (no demo data) and a report type of its own: "TEST-DAY", period
/// 01/07–15/07/2018, due 20/07/2018, carrying cases detected and victims rescued, owed by Ba Dinh and Hoan Kiem.
/// The clock stands at noon in Ha Noi on 10/07/2018 unless a test moves it.
/// </summary>
public sealed class ReportPageTests : DatabasePageContext, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly DateOnly DueDate = new(2018, 7, 20);
    private readonly FixedClock _clock = FixedClock.AtHanoiNoon(new DateOnly(2018, 7, 10));
    private int _typeId;
    private int _baDinh;
    private int _hoanKiem;
    private (int Cases, int Victims) _indicators;

    private ReportSubmissionService Submissions => Services.GetRequiredService<ReportSubmissionService>();

    public async ValueTask InitializeAsync()
    {
        await UseDatabaseAsync(new SeedOptions { DemoData = false }, _clock);
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var units = await db.Units.Where(u => u.Code == "BA-DINH" || u.Code == "HOAN-KIEM").ToDictionaryAsync(u => u.Code, u => u.Id, Cancellation);
        (_baDinh, _hoanKiem) = (units["BA-DINH"], units["HOAN-KIEM"]);
        var indicators = await db.Indicators.Where(i => i.Code == "ENF_CASES_DETECTED" || i.Code == "VIC_RESCUED")
            .ToDictionaryAsync(i => i.Code, i => i.Id, Cancellation);
        _indicators = (indicators["ENF_CASES_DETECTED"], indicators["VIC_RESCUED"]);
        var type = db.ReportTypes.Add(new ReportType
        {
            PlanId = await db.Plans.Select(p => p.Id).SingleAsync(Cancellation),
            Code = "TEST-DAY",
            NameVi = "Báo cáo kết quả Ngày toàn dân phòng, chống mua bán người",
            NameEn = "Anti-trafficking Day results report",
            PeriodStart = new DateOnly(2018, 7, 1),
            PeriodEnd = new DateOnly(2018, 7, 15),
            CutoffDate = new DateOnly(2018, 7, 15),
            DueDate = DueDate,
            Indicators = [new ReportTypeIndicator { IndicatorId = _indicators.Cases }, new ReportTypeIndicator { IndicatorId = _indicators.Victims }],
            ExpectedReports = [new ExpectedReport { UnitId = _baDinh }, new ExpectedReport { UnitId = _hoanKiem }],
        }).Entity;
        await db.SaveChangesAsync(Cancellation);
        _typeId = type.Id;
    }

    [Fact]
    public async Task AReporterSeesTheFormForItsOwnUnitOnlyAndTheServiceRefusesTheOtherUnit()
    {
        using var culture = CultureScope.Use("en-US");
        var reporter = await this.SignInNewAccountAsync(SteeringRole.UnitReporter, _baDinh);

        var own = RenderReport(_baDinh);
        var other = RenderReport(_hoanKiem);

        own.WaitForElement("[data-testid=submit]", Timeout);
        other.WaitForElement("[data-testid=no-report]", Timeout);
        Assert.Empty(other.FindAll("[data-testid=submit]"));
        Assert.Empty(other.FindAll("[data-testid=return]"));
        var refused = await Submissions.SubmitAsync(new Caller(reporter.UserId), _typeId, _hoanKiem, "Báo cáo.", [], null, Cancellation);
        Assert.IsType<SubmitOutcome.Forbidden>(refused);
        Assert.Null(await Submissions.FindAsync(_typeId, _hoanKiem, Cancellation));
    }

    [Fact]
    public async Task SubmittingStoresTheReportAndShowsItReceivedOnTime()
    {
        using var culture = CultureScope.Use("en-US");
        var reporter = await this.SignInNewAccountAsync(SteeringRole.UnitReporter, _baDinh);
        var page = RenderReport(_baDinh);
        page.WaitForElement("[data-testid=submit]", Timeout);
        Assert.Empty(page.FindAll("[data-testid=late-warning]"));
        Assert.Equal("Submit", page.Find("[data-testid=submit]").TextContent.Trim());

        FillForm(page, "Tổ chức 12 buổi tuyên truyền.", cases: 3, victims: 2);
        page.Find("[data-testid=submit]").Click();

        page.WaitForAssertion(() => Assert.Equal("Report received at 10/07/2018 12:00, on time.", page.Find("[data-testid=received]").TextContent.Trim()), Timeout);
        var stored = await Submissions.FindAsync(_typeId, _baDinh, Cancellation);
        Assert.NotNull(stored);
        Assert.Equal(("Tổ chức 12 buổi tuyên truyền.", reporter.DisplayName, false), (stored.Summary, stored.SubmittedBy, stored.IsLate));
        Assert.Equal([new ReportFigure(_indicators.Cases, 3), new ReportFigure(_indicators.Victims, 2)], stored.Figures.OrderBy(f => f.IndicatorId == _indicators.Victims));
        page.WaitForAssertion(() => Assert.Equal("Submitted on time", page.Find("[data-testid=report-status]").TextContent.Trim()), Timeout);
        Assert.Equal("Save correction", page.Find("[data-testid=submit]").TextContent.Trim());
        Assert.Equal("Tổ chức 12 buổi tuyên truyền.", page.Find("[data-testid=report-summary]").TextContent.Trim());
    }

    [Theory]
    [InlineData("en-US", "Filled in from the unit's monthly figures for 07/2018 (their total); change it if the report counts otherwise")]
    [InlineData("vi-VN", "Điền sẵn từ số liệu hằng tháng của đơn vị, tháng 07/2018 (cộng dồn); sửa lại nếu báo cáo tính khác")]
    public async Task ANewReportStartsFromTheUnitsMonthlyFiguresOfItsPeriodSaysWhereFromAndTakesTheReportersChange(string cultureName, string prefilled)
    {
        using var culture = CultureScope.Use(cultureName);
        await StoreMonthlyAsync(_baDinh, (_indicators.Cases, 6, 4), (_indicators.Cases, 7, 5), (_indicators.Victims, 7, 6));
        await this.SignInNewAccountAsync(SteeringRole.UnitReporter, _baDinh);
        var page = RenderReport(_baDinh);
        page.WaitForElement("[data-testid=submit]", Timeout);

        Assert.Equal(("5", "6"), (FigureInput(page, "ENF_CASES_DETECTED").GetAttribute("value"), FigureInput(page, "VIC_RESCUED").GetAttribute("value")));
        Assert.Equal(prefilled, HelperTextOf(page, "ENF_CASES_DETECTED"));

        FigureInput(page, "ENF_CASES_DETECTED").Input("7");
        page.WaitForAssertion(() => Assert.NotEqual(prefilled, HelperTextOf(page, "ENF_CASES_DETECTED")), Timeout);
        Assert.Equal(prefilled, HelperTextOf(page, "VIC_RESCUED"));
        page.Find("textarea[data-testid=summary]").Input("Đã rà soát số liệu tháng 7.");
        page.Find("[data-testid=submit]").Click();

        page.WaitForElement("[data-testid=received]", Timeout);
        var stored = await Submissions.FindAsync(_typeId, _baDinh, Cancellation);
        Assert.Equal([new ReportFigure(_indicators.Cases, 7), new ReportFigure(_indicators.Victims, 6)], stored!.Figures.OrderBy(f => f.IndicatorId == _indicators.Victims));
    }

    [Fact]
    public async Task AnIndicatorThatDoesNotApplyToTheUnitsKindIsNeitherShownNorRequiredAndTheServiceRefusesIt()
    {
        using var culture = CultureScope.Use("en-US");
        var china = await AddIndicatorToReportAsync("INT_CHINA_CASES");
        var reporter = await this.SignInNewAccountAsync(SteeringRole.UnitReporter, _baDinh);
        var refused = await Submissions.SubmitAsync(
            new Caller(reporter.UserId), _typeId, _baDinh, "Báo cáo.", [new ReportFigure(_indicators.Cases, 1), new ReportFigure(_indicators.Victims, 0), new ReportFigure(china, 2)],
            null, Cancellation);
        Assert.Equal([ReportError.IndicatorNotInReport], Assert.IsType<SubmitOutcome.Invalid>(refused).Errors);
        var page = RenderReport(_baDinh);
        page.WaitForElement("[data-testid=submit]", Timeout);

        Assert.Equal(["ENF_CASES_DETECTED", "VIC_RESCUED"], page.FindAll("input[data-indicator]").Select(i => i.GetAttribute("data-indicator")));
        FillForm(page, "Báo cáo của quận.", cases: 1, victims: 0);
        page.Find("[data-testid=submit]").Click();

        page.WaitForElement("[data-testid=received]", Timeout);
        Assert.Equal(2, (await Submissions.FindAsync(_typeId, _baDinh, Cancellation))!.Figures.Count);
    }

    [Fact]
    public async Task AfterTheDueDateTheFormSaysTheReportWillBeMarkedLateBeforeSaving()
    {
        using var culture = CultureScope.Use("en-US");
        _clock.Now = new DateTimeOffset(2018, 7, 21, 8, 30, 0, TimeSpan.FromHours(7));
        await this.SignInNewAccountAsync(SteeringRole.UnitReporter, _baDinh);
        var page = RenderReport(_baDinh);

        var warning = page.WaitForElement("[data-testid=late-warning]", Timeout);
        Assert.Equal("The due date was 20/07/2018. Submitted now, this report will be marked late.", warning.TextContent.Trim());
        Assert.Null(await Submissions.FindAsync(_typeId, _baDinh, Cancellation));

        FillForm(page, "Báo cáo muộn.", cases: 0, victims: 0);
        page.Find("[data-testid=submit]").Click();

        page.WaitForAssertion(
            () => Assert.Equal("Report received at 21/07/2018 08:30, after the due date: it is marked late.", page.Find("[data-testid=received]").TextContent.Trim()),
            Timeout);
        Assert.True((await Submissions.FindAsync(_typeId, _baDinh, Cancellation))!.IsLate);
        page.WaitForAssertion(() => Assert.Equal("Submitted late", page.Find("[data-testid=report-status]").TextContent.Trim()), Timeout);
    }

    [Theory]
    [InlineData("en-US", "Enter a summary of the results.", "Enter a number (0 if there was none).")]
    [InlineData("vi-VN", "Vui lòng nhập tóm tắt kết quả.", "Vui lòng nhập số liệu (nhập 0 nếu không có).")]
    public async Task MissingInputIsNamedBesideItsFieldInTheUsersLanguageAndNothingIsStored(string cultureName, string summaryError, string figureError)
    {
        using var culture = CultureScope.Use(cultureName);
        await this.SignInNewAccountAsync(SteeringRole.UnitReporter, _baDinh);
        var page = RenderReport(_baDinh);
        page.WaitForElement("[data-testid=submit]", Timeout);

        FigureInput(page, "VIC_RESCUED").Input("1");
        page.Find("[data-testid=submit]").Click();

        page.WaitForAssertion(() => Assert.Equal(summaryError, page.Find("#report-summary-error").TextContent.Trim()), Timeout);
        Assert.Equal(figureError, page.Find("#report-figure-error-ENF_CASES_DETECTED").TextContent.Trim());
        Assert.Empty(page.FindAll("#report-figure-error-VIC_RESCUED"));
        Assert.NotNull(page.Find("[data-testid=not-saved]"));
        Assert.Null(await Submissions.FindAsync(_typeId, _baDinh, Cancellation));
    }

    [Fact]
    public async Task ANegativeFigureIsRefusedBesideItsField()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.UnitReporter, _baDinh);
        var page = RenderReport(_baDinh);
        page.WaitForElement("[data-testid=submit]", Timeout);

        FillForm(page, "Báo cáo.", cases: -2, victims: 1);
        page.Find("[data-testid=submit]").Click();

        page.WaitForAssertion(
            () => Assert.Equal("Enter a whole number, 0 or more.", page.Find("#report-figure-error-ENF_CASES_DETECTED").TextContent.Trim()), Timeout);
        Assert.Empty(page.FindAll("#report-figure-error-VIC_RESCUED"));
        Assert.Null(await Submissions.FindAsync(_typeId, _baDinh, Cancellation));
    }

    [Fact]
    public async Task TheReturnDialogRequiresAReasonAndTheUnitThenSeesIt()
    {
        using var culture = CultureScope.Use("en-US");
        var report = await SubmitAsReporterAsync(_baDinh);
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        var dialogs = Render<MudDialogProvider>();
        var page = RenderReport(_baDinh);

        page.WaitForElement("[data-testid=return]", Timeout).Click();
        dialogs.WaitForElement("[data-testid=return-confirm]", Timeout).Click();

        dialogs.WaitForAssertion(() => Assert.Equal("Enter the reason for returning the report.", dialogs.Find("#return-reason-error").TextContent.Trim()), Timeout);
        Assert.Equal(UnitReportState.Submitted, (await Submissions.FindAsync(_typeId, _baDinh, Cancellation))!.State);

        dialogs.Find("textarea[data-testid=return-reason-field]").Input("Thiếu số liệu nạn nhân.");
        dialogs.Find("[data-testid=return-confirm]").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=return-confirm]")), Timeout);
        var returned = await Submissions.FindAsync(_typeId, _baDinh, Cancellation);
        Assert.Equal((UnitReportState.Returned, "Thiếu số liệu nạn nhân."), (returned!.State, returned.ReturnReason));
        Assert.NotEqual(report.Version, returned.Version);
        page.WaitForAssertion(() => Assert.Contains("Thiếu số liệu nạn nhân.", page.Find("[data-testid=return-reason]").TextContent), Timeout);
    }

    [Fact]
    public async Task AReporterReadsTheReturnReasonOnTheReportAndInItsList()
    {
        using var culture = CultureScope.Use("vi-VN");
        var report = await SubmitAsReporterAsync(_baDinh);
        var agency = await TestAccounts.CreateAsync(Factory, SteeringRole.StandingAgency);
        Assert.IsType<ReturnOutcome.Returned>(
            await Submissions.ReturnAsync(new Caller(agency.UserId), report.UnitReportId, "Bổ sung ảnh hoạt động.", report.Version, Cancellation));
        await this.SignInNewAccountAsync(SteeringRole.UnitReporter, _baDinh);

        var page = RenderReport(_baDinh);
        var list = Render<ReportsPage>();

        Assert.Contains("Bổ sung ảnh hoạt động.", page.WaitForElement("[data-testid=return-reason]", Timeout).TextContent);
        Assert.Equal("Gửi báo cáo", page.Find("[data-testid=submit]").TextContent.Trim());
        var row = list.WaitForElement("[data-testid=own-reports] tr[data-report=TEST-DAY]", Timeout);
        Assert.Contains("Bị trả lại để chỉnh sửa", row.QuerySelector("[data-testid=own-status]")!.TextContent);
        Assert.Contains("Bổ sung ảnh hoạt động.", row.QuerySelector("[data-testid=own-return-reason]")!.TextContent);
        Assert.Contains("20/07/2018", row.TextContent);
        Assert.Empty(list.FindAll("[data-testid=matrix-link]"));
    }

    [Fact]
    public async Task TheStandingAgencySeesTheReportTypesAndTheMatrixLinkButNoOwnList()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);

        var list = Render<ReportsPage>();

        var row = list.WaitForElement("[data-testid=report-types] tr[data-report=TEST-DAY]", Timeout);
        Assert.Contains("01/07/2018 – 15/07/2018", row.TextContent);
        Assert.StartsWith("/reports/matrix?plan=", list.Find("[data-testid=matrix-link]").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Empty(list.FindAll("[data-testid=own-reports]"));
        Assert.NotNull(list.Find("[data-testid=open-type]"));
    }

    [Fact]
    public async Task ThePageShowsAReportSubmittedElsewhereWithoutAReload()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        var page = RenderReport(_hoanKiem);
        page.WaitForElement("[data-testid=no-report]", Timeout);

        await SubmitAsReporterAsync(_hoanKiem, "Đã treo 40 pa-nô.");

        page.WaitForAssertion(() => Assert.Equal("Đã treo 40 pa-nô.", page.Find("[data-testid=report-summary]").TextContent.Trim()), Timeout);
        Assert.Equal("Submitted on time", page.Find("[data-testid=report-status]").TextContent.Trim());
        Assert.Single(page.FindAll("[data-testid=report-history] tbody tr"));
    }

    [Fact]
    public async Task SmallVictimFiguresOfAnotherUnitAreHiddenFromAReporter()
    {
        using var culture = CultureScope.Use("en-US");
        await SubmitAsReporterAsync(_hoanKiem, victims: 2);
        await this.SignInNewAccountAsync(SteeringRole.UnitReporter, _baDinh);

        var page = RenderReport(_hoanKiem);

        var figures = page.WaitForElement("[data-testid=report-figures]", Timeout);
        Assert.Equal("< 5", figures.QuerySelector("tr[data-indicator=VIC_RESCUED] td")!.TextContent.Trim());
        Assert.Equal("3", figures.QuerySelector("tr[data-indicator=ENF_CASES_DETECTED] td")!.TextContent.Trim());
    }

    [Fact]
    public async Task ChosenFilesAreSentWithTheReportAndOneTakingThemOverTheTotalIsNamedAndNotRead()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.UnitReporter, _baDinh);
        var page = RenderReport(_baDinh);
        page.WaitForElement("[data-testid=submit]", Timeout);
        var each = (int)(Services.GetRequiredService<FileStore>().MaxTotalBytes / 4) + 1;
        FillForm(page, "Tổ chức 12 buổi tuyên truyền.", cases: 3, victims: 2);

        page.FindComponent<InputFile>().UploadFiles([.. Enumerable.Range(1, 4).Select(n => InputFileContent.CreateFromBinary(Pdf(each), $"phụ lục {n}.pdf"))]);

        page.WaitForAssertion(() => Assert.Equal(
            ["ready, attached when you save", "ready, attached when you save", "ready, attached when you save", "Together with the files already chosen this one would pass 30 MB: it is not attached."],
            page.FindAll("[data-testid=chosen-file]").Select(li => li.QuerySelector(".form-file-note, .mud-error-text")?.TextContent.Trim())), Timeout);
        page.FindAll("[data-testid=chosen-file]")[3].QuerySelector("button")!.Click();
        page.Find("[data-testid=submit]").Click();

        page.WaitForElement("[data-testid=received]", Timeout);
        var stored = await Submissions.FindAsync(_typeId, _baDinh, Cancellation);
        Assert.Equal(["phụ lục 1.pdf", "phụ lục 2.pdf", "phụ lục 3.pdf"], stored!.Attachments.Select(a => a.FileName).Order(StringComparer.Ordinal));
    }

    private static byte[] Pdf(int length)
    {
        var bytes = new byte[length];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>Stores the unit's 2018 monthly figures (indicator, month, value), as monthly entry would have.</summary>
    private async Task StoreMonthlyAsync(int unitId, params (int Indicator, int Month, int Value)[] figures)
    {
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        db.IndicatorValues.AddRange(figures.Select(f => new IndicatorValue
        {
            IndicatorId = f.Indicator, UnitId = unitId, Year = 2018, Month = f.Month, Value = f.Value, UpdatedAtUtc = _clock.Now.UtcDateTime, Version = Guid.NewGuid(),
        }));
        await db.SaveChangesAsync(Cancellation);
    }

    /// <summary>Adds the indicator to the test's report type; returns its id.</summary>
    private async Task<int> AddIndicatorToReportAsync(string code)
    {
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var id = await db.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync(Cancellation);
        db.ReportTypeIndicators.Add(new ReportTypeIndicator { ReportTypeId = _typeId, IndicatorId = id });
        await db.SaveChangesAsync(Cancellation);
        return id;
    }

    private static string HelperTextOf(IRenderedComponent<ReportPage> page, string indicatorCode) =>
        FigureInput(page, indicatorCode).Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text")!.TextContent.Trim();

    private IRenderedComponent<ReportPage> RenderReport(int unitId) =>
        Render<ReportPage>(p => p.Add(c => c.ReportTypeId, _typeId).Add(c => c.UnitId, unitId));

    private static IElement FigureInput(IRenderedComponent<ReportPage> page, string indicatorCode) =>
        page.Find($"input[data-indicator={indicatorCode}]");

    private static void FillForm(IRenderedComponent<ReportPage> page, string summary, int cases, int victims)
    {
        page.Find("textarea[data-testid=summary]").Input(summary);
        FigureInput(page, "ENF_CASES_DETECTED").Input(cases.ToString(System.Globalization.CultureInfo.CurrentCulture));
        FigureInput(page, "VIC_RESCUED").Input(victims.ToString(System.Globalization.CultureInfo.CurrentCulture));
    }

    /// <summary>Submits the unit's report as a reporter of that unit, straight through the service.</summary>
    private async Task<UnitReportSnapshot> SubmitAsReporterAsync(int unitId, string summary = "Báo cáo.", int victims = 1)
    {
        var reporter = await TestAccounts.CreateAsync(Factory, SteeringRole.UnitReporter, unitId);
        var outcome = await Submissions.SubmitAsync(
            new Caller(reporter.UserId), _typeId, unitId, summary,
            [new ReportFigure(_indicators.Cases, 3), new ReportFigure(_indicators.Victims, victims)], null, Cancellation);
        return Assert.IsType<SubmitOutcome.Submitted>(outcome).Report;
    }
}
