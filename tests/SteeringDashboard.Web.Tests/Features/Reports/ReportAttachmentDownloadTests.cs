using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Features.Reports;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Reports;

/// <summary>
/// The report attachment download in the whole app: a PDF attached to Hoan Kiem's report of a report type of the test's
/// own. Each client signs in through the form; the endpoint checks that account's right to the unit's evidence (how a file
/// is served is <see cref="Web.Files.FileDownloadTests"/>').
/// </summary>
public sealed class ReportAttachmentDownloadTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.7 báo cáo"u8.ToArray();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private IDbContextFactory<SteeringDbContext> Factory => app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>();

    [Fact]
    public async Task TheUnitsOwnReporterGetsTheFileUnderItsOriginalName()
    {
        var fileId = await AttachAsync();
        using var client = await SignedInAsync(SteeringRole.UnitReporter, "HOAN-KIEM");

        using var response = await client.GetAsync(ReportAttachmentDownload.Route.PathOf(fileId), Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Equal("báo cáo ngày 30-7.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task AnotherUnitsReporterGetsTheAnswerForAMissingFileAndTheRefusalIsAudited()
    {
        var fileId = await AttachAsync();
        using var client = await SignedInAsync(SteeringRole.UnitReporter, "BA-DINH");

        using var response = await client.GetAsync(ReportAttachmentDownload.Route.PathOf(fileId), Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual(Pdf, await response.Content.ReadAsByteArrayAsync(Cancellation));
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Event == AuditEvent.AccessDenied && e.Target == $"report attachment {fileId}", Cancellation));
    }

    /// <summary>Submits Hoan Kiem's report of a new report type with a PDF, as the standing agency; returns the file's id.</summary>
    private async Task<long> AttachAsync()
    {
        int typeId;
        int unitId;
        await using (var db = await Factory.CreateDbContextAsync(Cancellation))
        {
            unitId = await db.Units.Where(u => u.Code == "HOAN-KIEM").Select(u => u.Id).SingleAsync(Cancellation);
            var type = db.ReportTypes.Add(new ReportType
            {
                PlanId = await db.Plans.Select(p => p.Id).FirstAsync(Cancellation),
                Code = "DL-" + Guid.NewGuid().ToString("N")[..8],
                NameVi = "Báo cáo thử",
                NameEn = "Test report",
                PeriodStart = new DateOnly(2018, 7, 1),
                PeriodEnd = new DateOnly(2018, 7, 15),
                CutoffDate = new DateOnly(2018, 7, 15),
                DueDate = new DateOnly(2018, 7, 20),
                ExpectedReports = [new ExpectedReport { UnitId = unitId }],
            }).Entity;
            await db.SaveChangesAsync(Cancellation);
            typeId = type.Id;
        }

        var agency = await app.CreateAccountAsync(SteeringRole.StandingAgency);
        var outcome = await app.Services.GetRequiredService<ReportSubmissionService>().SubmitAsync(
            new Caller(agency.UserId), typeId, unitId, "Báo cáo.", [], null,
            new ReportAttachmentChanges([new FileUpload("báo cáo ngày 30-7.pdf", new MemoryStream(Pdf))], []), Cancellation);
        return Assert.Single(Assert.IsType<SubmitOutcome.Submitted>(outcome).Report.Attachments).Id;
    }

    /// <summary>A client (keeping cookies, not following redirects) signed in through the form as a new account.</summary>
    private async Task<HttpClient> SignedInAsync(SteeringRole role, string? unitCode = null)
    {
        int? unitId = null;
        if (unitCode is not null)
        {
            await using var db = await Factory.CreateDbContextAsync(Cancellation);
            unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync(Cancellation);
        }

        return await app.CreateSignedInClientAsync(role, unitId, new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }
}
