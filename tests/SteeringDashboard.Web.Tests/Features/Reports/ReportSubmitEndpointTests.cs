using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Reports;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Reports;

/// <summary>
/// The report form's submission as a form post, in the whole app, signed in through the form; each test submits the report
/// of a report type of its own, owed by Ba Dinh.
/// </summary>
public sealed class ReportSubmitEndpointTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly byte[] Pdf = "%PDF-1.7 báo cáo"u8.ToArray();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private IDbContextFactory<SteeringDbContext> Factory => app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>();

    [Fact]
    public async Task TheUnitsReporterSubmitsWithAFileAndGetsTheReportAsSavedWithItsAttachment()
    {
        var (typeId, unitId) = await NewReportTypeAsync();
        using var client = await app.CreateSignedInClientAsync(SteeringRole.UnitReporter, unitId);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        using var response = await PostAsync(client, typeId, unitId, await TokenAsync(client), version: null, ("báo cáo tháng 7.pdf", Pdf));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<ReportSubmitEndpoint.SubmittedReport>(Web, Cancellation);
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var report = await db.UnitReports.Include(r => r.Attachments).Include(r => r.History)
            .SingleAsync(r => r.ReportTypeId == typeId && r.UnitId == unitId, Cancellation);
        Assert.Equal((report.Version, UnitReportState.Submitted), (answer!.Version, report.State));
        Assert.StartsWith("Report received at ", answer.Message, StringComparison.Ordinal);
        var attached = Assert.Single(report.Attachments);
        Assert.Equal([new ReportSubmitEndpoint.AttachedFile(attached.Id, "báo cáo tháng 7.pdf", Pdf.Length)], answer.Attachments);
        Assert.Equal(Assert.Single(report.History).Id, attached.AddedInHistoryId);
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(Path.Combine(app.FilesFolder, attached.StoredName), Cancellation));
    }

    [Fact]
    public async Task ASubmissionFromAnOutdatedVersionIsAConflictWithTheReportAsItIsAndKeepsNoFile()
    {
        var (typeId, unitId) = await NewReportTypeAsync();
        using var client = await app.CreateSignedInClientAsync(SteeringRole.UnitReporter, unitId);
        var token = await TokenAsync(client);
        using var first = await PostAsync(client, typeId, unitId, token, version: null);
        var saved = await first.Content.ReadFromJsonAsync<ReportSubmitEndpoint.SubmittedReport>(Web, Cancellation);
        var files = Directory.GetFiles(app.FilesFolder).Order().ToList();

        using var response = await PostAsync(client, typeId, unitId, token, version: Guid.NewGuid(), ("muộn.pdf", Pdf));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<ReportSubmitEndpoint.SubmittedReport>(Web, Cancellation);
        Assert.Equal(saved!.Version, answer!.Version);
        Assert.Equal(files, Directory.GetFiles(app.FilesFolder).Order().ToList());
    }

    [Fact]
    public async Task AnotherUnitsReporterIsRefusedInTheirLanguageAndNothingIsSavedOrKept()
    {
        var (typeId, unitId) = await NewReportTypeAsync();
        await using (var db = await Factory.CreateDbContextAsync(Cancellation))
        {
            var other = await db.Units.Where(u => u.Code == "HOAN-KIEM").Select(u => u.Id).SingleAsync(Cancellation);
            using var client = await app.CreateSignedInClientAsync(SteeringRole.UnitReporter, other);
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi-VN");
            var files = Directory.GetFiles(app.FilesFolder).Order().ToList();

            using var response = await PostAsync(client, typeId, unitId, await TokenAsync(client), version: null, ("báo cáo.pdf", Pdf));

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("Bạn không có quyền gửi báo cáo của đơn vị này", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
            Assert.Equal(files, Directory.GetFiles(app.FilesFolder).Order().ToList());
        }

        await using var after = await Factory.CreateDbContextAsync(Cancellation);
        Assert.False(await after.UnitReports.AnyAsync(r => r.ReportTypeId == typeId, Cancellation));
    }

    [Fact]
    public async Task AFileOfAnotherTypeIsRefusedByNameAndNothingIsSaved()
    {
        var (typeId, unitId) = await NewReportTypeAsync();
        using var client = await app.CreateSignedInClientAsync(SteeringRole.UnitReporter, unitId);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        using var response = await PostAsync(client, typeId, unitId, await TokenAsync(client), version: null, ("setup.pdf", [0x4D, 0x5A, 0x90, 0x00]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal(
            ["setup.pdf: Only PDF, PNG and JPEG files can be attached."],
            problem.RootElement.GetProperty("errors").GetProperty(ReportSubmitEndpoint.AttachmentsField).Deserialize<string[]>()!);
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        Assert.False(await db.UnitReports.AnyAsync(r => r.ReportTypeId == typeId, Cancellation));
    }

    [Fact]
    public async Task WithoutTheAntiforgeryTokenNothingIsSaved()
    {
        var (typeId, unitId) = await NewReportTypeAsync();
        using var client = await app.CreateSignedInClientAsync(SteeringRole.UnitReporter, unitId);

        using var response = await PostAsync(client, typeId, unitId, token: null, version: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        Assert.False(await db.UnitReports.AnyAsync(r => r.ReportTypeId == typeId, Cancellation));
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        SteeringAppFactory.AntiforgeryToken(await client.GetStringAsync("/reports", Cancellation));

    private static Task<HttpResponseMessage> PostAsync(
        HttpClient client, int typeId, int unitId, string? token, Guid? version, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(version?.ToString() ?? ""), ReportSubmitEndpoint.VersionField },
            { new StringContent("Đã tổ chức 3 buổi tuyên truyền."), ReportSubmitEndpoint.SummaryField },
        };
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), ReportSubmitEndpoint.AttachmentsField, name);
        }

        return client.PostAsync(ReportSubmitEndpoint.PathOf(typeId, unitId), form, Cancellation);
    }

    /// <summary>A report type without indicators, owed by Ba Dinh: its id and Ba Dinh's.</summary>
    private async Task<(int TypeId, int UnitId)> NewReportTypeAsync()
    {
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var unitId = await db.Units.Where(u => u.Code == "BA-DINH").Select(u => u.Id).SingleAsync(Cancellation);
        var type = db.ReportTypes.Add(new ReportType
        {
            PlanId = await db.Plans.Select(p => p.Id).FirstAsync(Cancellation),
            Code = "API-" + Guid.NewGuid().ToString("N")[..8],
            NameVi = "Báo cáo thử",
            NameEn = "Test report",
            PeriodStart = new DateOnly(2018, 7, 1),
            PeriodEnd = new DateOnly(2018, 7, 15),
            CutoffDate = new DateOnly(2018, 7, 15),
            DueDate = new DateOnly(2099, 7, 20),
            ExpectedReports = [new ExpectedReport { UnitId = unitId }],
        }).Entity;
        await db.SaveChangesAsync(Cancellation);
        return (type.Id, unitId);
    }
}
