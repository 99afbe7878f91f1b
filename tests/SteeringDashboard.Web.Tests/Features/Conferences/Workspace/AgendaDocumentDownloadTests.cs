using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Features.Conferences;
using SteeringDashboard.Web.Features.Conferences.Workspace;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Conferences.Workspace;

/// <summary>
/// The agenda document download in the whole app: a PDF the secretariat attached to the demo conference's first agenda
/// item. Each client signs in through the form; every role reads the conference, so every signed-in account whose account is
/// still enabled may download (how a file is served is <see cref="Web.Files.FileDownloadTests"/>').
/// </summary>
public sealed class AgendaDocumentDownloadTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.7 bài phát biểu khai mạc"u8.ToArray();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(SteeringRole.CommitteeMember)]
    [InlineData(SteeringRole.UnitReporter)]
    public async Task ASignedInReaderGetsTheFileUnderItsOriginalName(SteeringRole role)
    {
        var documentId = await AttachAsync();
        using var client = await app.CreateSignedInClientAsync(role, options: new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(AgendaDocumentDownload.Route.PathOf(documentId), Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Equal("bài phát biểu khai mạc.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task ADisabledAccountIsRefused()
    {
        var documentId = await AttachAsync();
        var reader = await app.CreateAccountAsync(SteeringRole.CommitteeMember);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using (var signIn = await SteeringAppFactory.PostSignInAsync(client, reader.UserName, SteeringAppFactory.TestPassword, "/health"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        await TestAccounts.DisableAsync(app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>(), reader.UserId);

        using var response = await client.GetAsync(AgendaDocumentDownload.Route.PathOf(documentId), Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual(Pdf, await response.Content.ReadAsByteArrayAsync(Cancellation));
    }

    /// <summary>Attaches the PDF to the demo conference's first agenda item as the secretariat; returns the document's id.</summary>
    private async Task<long> AttachAsync()
    {
        var conferences = app.Services.GetRequiredService<ConferenceQueries>();
        var conferenceId = (await conferences.ListAsync(Cancellation))[0].Id;
        var detail = (await conferences.LoadAsync(conferenceId, Cancellation))!;
        var item = detail.Agenda[0];
        var secretariat = await app.CreateAccountAsync(SteeringRole.Secretariat);

        var outcome = await app.Services.GetRequiredService<ConferenceService>().AttachAgendaDocumentsAsync(
            new Caller(secretariat.UserId), conferenceId, detail.Versions.Agenda, item.Id,
            [new FileUpload("bài phát biểu khai mạc.pdf", new MemoryStream(Pdf))], Cancellation);

        Assert.IsType<ConferenceOutcome.Saved>(outcome);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.AgendaDocuments.Where(d => d.AgendaItemId == item.Id).MaxAsync(d => d.Id, Cancellation);
    }
}
