using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Seed;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

/// <summary>
/// The reporting cycle as its people live it: a district reporter submits, and the standing agency's open matrix shows it;
/// the standing agency prints the reminder to the units yet to report.
/// </summary>
public sealed partial class ReportsBrowserTests(LiveSteeringApp app, BrowserFixture browser) : IClassFixture<LiveSteeringApp>
{
    [Fact]
    public async Task AReportSubmittedByItsUnitsReporterShowsAsReceivedInTheStandingAgencysMatrixWithoutAReload()
    {
        var cancellation = Xunit.TestContext.Current.CancellationToken;
        var report = await DayResultsOfBaDinhAsync(cancellation);
        var today = HanoiTime.DateOf(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await using var agency = await app.NewSignedInContextAsync(browser, "en-US", SteeringRole.StandingAgency);
        await using var reporter = await app.NewSignedInContextAsync(browser, "en-US", SteeringRole.UnitReporter, report.UnitId);

        var matrix = await agency.NewPageAsync();
        await matrix.GotoInteractiveAsync($"/reports/matrix?asof={today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        var cell = matrix.Locator($"tr[data-unit='{DemoReports.UnsubmittedDayResultsUnitCode}'] td[data-report='{DemoReports.DayResultsCode}']");
        await Expect(cell).ToHaveAttributeAsync("data-state", nameof(ReportCellState.Missing));
        await Expect(cell).ToContainTextAsync("Missing");
        // Gone if the matrix reloads.
        await matrix.EvaluateAsync("() => { window.liveTestMarker = true; }");

        var form = await reporter.NewPageAsync();
        await form.GotoInteractiveAsync($"/reports/{report.ReportTypeId}/units/{report.UnitId}");
        await form.GetByLabel("Summary of results (required)").FillAsync("Đã tổ chức mít tinh hưởng ứng Ngày toàn dân phòng, chống mua bán người.");
        foreach (var (name, value) in report.Indicators.Select((name, i) => (name, i + 3)))
        {
            await form.GetByLabel(name, new() { Exact = true }).FillAsync(value.ToString(CultureInfo.InvariantCulture));
        }

        // The due date is in 2018: the form says the report will be marked late, and submits it all the same.
        await Expect(form.GetByTestId("late-warning")).ToBeVisibleAsync();
        await form.GetByTestId("submit").ClickAsync();
        await Expect(form.GetByTestId("received")).ToContainTextAsync("after the due date");

        await Expect(cell).ToHaveAttributeAsync("data-state", nameof(ReportCellState.ReceivedLate), new() { Timeout = 5_000 });
        await Expect(cell).ToContainTextAsync("Received late");
        Assert.True(await matrix.EvaluateAsync<bool>("() => window.liveTestMarker === true"));
        Assert.Equal(report.Indicators.Count, await StoredFigureCountAsync(report, cancellation));
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    public async Task AShortReminderListPrintsOnOneA4Page(string locale)
    {
        var query = await ShortReminderListAsync(Xunit.TestContext.Current.CancellationToken);
        await using var agency = await app.NewSignedInContextAsync(browser, locale, SteeringRole.StandingAgency);
        var page = await agency.NewPageAsync();
        await page.GotoInteractiveAsync("/reports/reminders/print" + query);
        await Expect(page.Locator("[data-testid=reminders] tbody tr")).ToHaveCountAsync(3);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByTestId("print-controls")).ToBeHiddenAsync();
        var pdf = Encoding.Latin1.GetString(await page.PdfAsync(new() { PreferCSSPageSize = true }));

        Assert.Equal(1, PdfPage().Count(pdf));
    }

    /// <summary>
    /// A report type of its own owed by three units (Hoan Kiem, Ba Vi and the Police, none received, due 20/07/2018), one with a
    /// contact and a reporter account on file; the print view's query as of 25/07/2018. None of the three is a unit the other
    /// tests of this class create accounts for, so the rows are the same whatever order the tests run in.
    /// </summary>
    private async Task<string> ShortReminderListAsync(CancellationToken cancellation)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(cancellation);
        var planId = await db.Plans.Select(p => p.Id).SingleAsync(cancellation);
        var typeId = await db.ReportTypes.Where(t => t.Code == "PRINT-TEST").Select(t => (int?)t.Id).SingleOrDefaultAsync(cancellation);
        if (typeId is null)
        {
            var units = await db.Units.Where(u => u.Code == "HOAN-KIEM" || u.Code == "BA-VI" || u.Code == "POLICE").ToDictionaryAsync(u => u.Code, u => u.Id, cancellation);
            var type = db.ReportTypes.Add(new ReportType
            {
                PlanId = planId,
                Code = "PRINT-TEST",
                NameVi = "Báo cáo kết quả hưởng ứng Ngày toàn dân phòng, chống mua bán người",
                NameEn = "Results of the Anti-human-trafficking Day",
                PeriodStart = new DateOnly(2018, 7, 1),
                PeriodEnd = new DateOnly(2018, 7, 15),
                CutoffDate = new DateOnly(2018, 7, 15),
                DueDate = new DateOnly(2018, 7, 20),
                SortOrder = 98,
                ExpectedReports = [.. units.Values.Select(id => new ExpectedReport { UnitId = id })],
            }).Entity;
            await db.SaveChangesAsync(cancellation);
            typeId = type.Id;
            await app.CreateAccountAsync(SteeringRole.UnitReporter, units["BA-VI"]);
            await db.Units.Where(u => u.Id == units["BA-VI"]).ExecuteUpdateAsync(
                s => s.SetProperty(u => u.ContactPerson, "Đỗ Văn Tâm").SetProperty(u => u.ContactPhone, "024 3386 3555")
                    .SetProperty(u => u.ContactEmail, "tam.dv@bavi.example.invalid"), cancellation);
        }

        return $"?plan={planId}&asof=2018-07-25&report={typeId}";
    }

    // A page object of the PDF, not its page tree (/Type /Pages).
    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PdfPage();

    private sealed record SeededReport(int ReportTypeId, int UnitId, IReadOnlyList<string> Indicators);

    private async Task<SeededReport> DayResultsOfBaDinhAsync(CancellationToken cancellation)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(cancellation);
        var unit = await db.Units.Where(u => u.Code == DemoReports.UnsubmittedDayResultsUnitCode).Select(u => new { u.Id, u.Kind }).SingleAsync(cancellation);
        var unitId = unit.Id;

        // The form asks the unit for the report's indicators that apply to its kind.
        var type = await db.ReportTypes.Where(t => t.Code == DemoReports.DayResultsCode)
            .Select(t => new
            {
                t.Id,
                Indicators = t.Indicators.Where(i => i.Indicator!.UnitKinds.Any(k => k.Kind == unit.Kind)).Select(i => i.Indicator!.NameEn).ToList(),
            })
            .SingleAsync(cancellation);
        Assert.NotEmpty(type.Indicators);
        Assert.False(await db.UnitReports.AnyAsync(r => r.ReportTypeId == type.Id && r.UnitId == unitId, cancellation));
        return new SeededReport(type.Id, unitId, type.Indicators);
    }

    private async Task<int> StoredFigureCountAsync(SeededReport report, CancellationToken cancellation)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(cancellation);
        return await db.UnitReports.Where(r => r.ReportTypeId == report.ReportTypeId && r.UnitId == report.UnitId)
            .SelectMany(r => r.Figures).CountAsync(cancellation);
    }
}
