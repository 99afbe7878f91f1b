using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Features.Conferences.Workspace;
using SteeringDashboard.Web.Tests.Files;
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

    private Task<long> AttachAsync() => AgendaDocumentAttachment.AttachAsync(app, "bài phát biểu khai mạc.pdf", Pdf);
}
