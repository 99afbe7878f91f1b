using System.Net;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Features.Account;
using SteeringDashboard.Web.Features.Reports;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Reports;

/// <summary>
/// The reminder list's page and downloads in the whole app: a report type of its own (due 20/07/2018, owed by Ba Dinh, Ba Vi
/// and the Police, none received), as of 25/07/2018. Each client signs in through the form as an account of the role under test.
/// </summary>
public sealed class ReminderExportTests(SteeringAppFactory app) : IClassFixture<SteeringAppFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private IDbContextFactory<SteeringDbContext> Factory => app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>();

    [Theory]
    [InlineData(FigureFileFormat.Csv)]
    [InlineData(FigureFileFormat.Xlsx)]
    public async Task TheDownloadHoldsWhatTheScreenShowsForTheSameFiltersWithTheFiltersOnTop(FigureFileFormat format)
    {
        var query = await QueryAsync();
        using var client = await SignedInAsync(SteeringRole.StandingAgency);

        var html = await client.GetStringAsync("/reports/reminders" + query, Cancellation);
        using var response = await client.GetAsync($"/reports/reminders/export{query}&format={format.ToString().ToLowerInvariant()}", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var document = await new HtmlParser().ParseDocumentAsync(html, Cancellation);
        var headers = document.QuerySelectorAll("[data-testid=reminders] thead th").Skip(1).Select(th => th.TextContent.Trim()).ToList();
        var screen = document.QuerySelectorAll("[data-testid=reminders] tbody tr")
            .Select(tr => tr.Children.Skip(1).Select(c => c.TextContent.Trim()).ToList())
            .ToList();
        Assert.Equal(3, screen.Count);
        Assert.Contains(screen, row => row[5] == "Đỗ Văn Tâm, 024 3386 3555" && row[6].Contains("Nguyễn Thị Hoa (hoa@bavi.hanoi.gov.vn)", StringComparison.Ordinal));
        Assert.Contains(screen, row => row[5] == "chưa có thông tin liên hệ" && row[6] == "chưa có tài khoản báo cáo viên");

        var columns = headers.Select((name, i) => new ExportColumn(name, i == ReminderTable.DaysOverdueColumn, i == ReminderTable.DueDateColumn)).ToList();
        var file = await FigureExport.ReadAsync(await response.Content.ReadAsStreamAsync(Cancellation), format, columns, Cancellation);

        Assert.NotNull(file);
        Assert.Equal(screen, file.Rows.Select(r => r.ToList()));
        Assert.Contains("Báo cáo: Báo cáo đôn đốc thử", file.Filters);
        Assert.Contains("Tính đến ngày: 25/07/2018", file.Filters);
        Assert.Contains(file.Filters, f => f.StartsWith("Dữ liệu mẫu", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("vi-VN", "Đơn vị chưa nộp báo cáo")]
    [InlineData("en-US", "Units yet to report")]
    public async Task TheWorkbooksSheetIsNamedInTheReadersLanguageAndTheDueDatesAreDateCells(string language, string sheetName)
    {
        var query = await QueryAsync();
        using var client = await SignedInAsync(SteeringRole.Secretariat);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var file = await client.GetByteArrayAsync($"/reports/reminders/export{query}&format=xlsx", Cancellation);

        using var document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook!.Sheets!.Elements<Sheet>());
        Assert.Equal(sheetName, sheet.Name!.Value);
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet!.Descendants<Row>().ToList();
        var header = rows.FindIndex(r => r.Elements<Cell>().Count() > 1);
        var dueDates = rows.Skip(header + 1).Select(r => r.Elements<Cell>().ElementAt(ReminderTable.DueDateColumn)).ToList();
        Assert.Equal(3, dueDates.Count);
        var formats = workbook.WorkbookStylesPart!.Stylesheet!;
        foreach (var due in dueDates)
        {
            Assert.Equal((CellValues.Number, "43301"), (due.DataType!.Value, due.CellValue!.Text));
            var numberFormatId = formats.CellFormats!.Elements<CellFormat>().ElementAt((int)due.StyleIndex!.Value).NumberFormatId!.Value;
            Assert.Equal("dd/mm/yyyy", formats.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == numberFormatId).FormatCode!.Value);
        }
    }

    [Theory]
    [InlineData(SteeringRole.CommitteeMember)]
    [InlineData(SteeringRole.UnitReporter)]
    [InlineData(SteeringRole.Administrator)]
    public async Task RolesThatDoNotChaseReportsAreRefusedTheListTheDownloadAndThePrintView(SteeringRole role)
    {
        var query = await QueryAsync();
        using var client = await SignedInAsync(role);

        foreach (var path in new[] { "/reports/reminders", "/reports/reminders/print", "/reports/reminders/export" })
        {
            using var response = await client.GetAsync(path + query + "&format=csv", Cancellation);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith(AccountPaths.AccessDenied, response.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnAccountDemotedSinceSigningInIsRefusedTheDownloadAndTheRefusalAudited()
    {
        var query = await QueryAsync();
        var account = await app.CreateAccountAsync(SteeringRole.StandingAgency);
        using var client = await SignInAsync(account);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<SteeringUser>>();
            var user = (await users.FindByIdAsync(account.UserId))!;
            await users.RemoveFromRoleAsync(user, nameof(SteeringRole.StandingAgency));
            await users.AddToRoleAsync(user, nameof(SteeringRole.CommitteeMember));
        }

        using var response = await client.GetAsync($"/reports/reminders/export{query}&format=csv", Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.UserId == account.UserId && e.Event == AuditEvent.AccessDenied && e.Target == "report reminders", Cancellation));
    }

    [Fact]
    public async Task AnUnknownFormatIsABadRequest()
    {
        var query = await QueryAsync();
        using var client = await SignedInAsync(SteeringRole.Secretariat);

        using var response = await client.GetAsync($"/reports/reminders/export{query}&format=pdf", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>The query string of the test's report type as of 25/07/2018, adding the report type on first use.</summary>
    private async Task<string> QueryAsync()
    {
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var planId = await db.Plans.Select(p => p.Id).SingleAsync(Cancellation);
        var typeId = await db.ReportTypes.Where(t => t.Code == "REMIND-TEST").Select(t => (int?)t.Id).SingleOrDefaultAsync(Cancellation);
        if (typeId is null)
        {
            var units = await db.Units.Where(u => u.Code == "BA-DINH" || u.Code == "BA-VI" || u.Code == "POLICE").ToDictionaryAsync(u => u.Code, u => u.Id, Cancellation);
            var type = db.ReportTypes.Add(new ReportType
            {
                PlanId = planId,
                Code = "REMIND-TEST",
                NameVi = "Báo cáo đôn đốc thử",
                NameEn = "Reminder test report",
                PeriodStart = new DateOnly(2018, 7, 1),
                PeriodEnd = new DateOnly(2018, 7, 15),
                CutoffDate = new DateOnly(2018, 7, 15),
                DueDate = new DateOnly(2018, 7, 20),
                SortOrder = 99,
                ExpectedReports = [.. units.Values.Select(id => new ExpectedReport { UnitId = id })],
            }).Entity;
            await db.SaveChangesAsync(Cancellation);
            typeId = type.Id;
            var reporter = await TestAccounts.CreateAsync(Factory, SteeringRole.UnitReporter, units["BA-VI"], displayName: "Nguyễn Thị Hoa");
            await db.Users.Where(u => u.Id == reporter.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, "hoa@bavi.hanoi.gov.vn"), Cancellation);
            await db.Units.Where(u => u.Id == units["BA-VI"]).ExecuteUpdateAsync(
                s => s.SetProperty(u => u.ContactPerson, "Đỗ Văn Tâm").SetProperty(u => u.ContactPhone, "024 3386 3555").SetProperty(u => u.ContactEmail, (string?)null), Cancellation);
            await db.Units.Where(u => u.Id != units["BA-VI"]).ExecuteUpdateAsync(
                s => s.SetProperty(u => u.ContactPerson, (string?)null).SetProperty(u => u.ContactPhone, (string?)null).SetProperty(u => u.ContactEmail, (string?)null), Cancellation);
        }

        return $"?plan={planId}&asof=2018-07-25&report={typeId}";
    }

    private async Task<HttpClient> SignedInAsync(SteeringRole role)
    {
        int? unitId = null;
        if (role == SteeringRole.UnitReporter)
        {
            await using var db = await Factory.CreateDbContextAsync(Cancellation);
            unitId = await db.Units.Where(u => u.Code == "BA-VI").Select(u => u.Id).SingleAsync(Cancellation);
        }

        return await SignInAsync(await app.CreateAccountAsync(role, unitId));
    }

    private async Task<HttpClient> SignInAsync(Actor account)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var signIn = await SteeringAppFactory.PostSignInAsync(client, account.UserName, SteeringAppFactory.TestPassword, "/health");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }
}
