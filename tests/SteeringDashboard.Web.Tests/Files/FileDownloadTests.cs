using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Account;
using SteeringDashboard.Web.Features.Conferences.Workspace;
using SteeringDashboard.Web.Files;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Files;

/// <summary>
/// How every kind of stored file is served, through one kind (agenda documents, which any enabled account may read): the
/// kinds differ only in the record they read and the check they apply, which each endpoint's own tests cover.
/// </summary>
public sealed class FileDownloadTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    /// <summary>A 1×1 transparent PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private static readonly FileDownload Download = AgendaDocumentDownload.Route;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ServesTheFileAsAnAttachmentUnderItsOriginalNameWithItsRecognisedType()
    {
        var fileId = await StoreAsync("áp phích.png");
        using var client = await SignedInAsync();

        using var response = await client.GetAsync(Download.PathOf(fileId), Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await response.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("áp phích.png", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Theory]
    [InlineData("báo cáo.pdf", "báo cáo.png")]
    [InlineData("poster.png.exe", "poster.png.png")]
    [InlineData("ảnh", "ảnh.png")]
    public async Task TheDownloadedNameCarriesTheExtensionOfTheTypeRecognisedNotTheUploaders(string uploaded, string downloaded)
    {
        var fileId = await StoreAsync(uploaded);
        using var client = await SignedInAsync();

        using var response = await client.GetAsync(Download.PathOf(fileId), Cancellation);

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(downloaded, response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task AnUnknownIdIsNotFoundWithAMessageNamingBothReasons()
    {
        using var client = await SignedInAsync();

        using var response = await client.GetAsync(Download.PathOf(987654), Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("thuộc một đơn vị mà tài khoản của bạn không được mở tệp", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileGoneFromTheStoreIsNotFound()
    {
        var fileId = await StoreAsync("áp phích.png");
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation))
        {
            app.Services.GetRequiredService<FileStore>().Delete(await db.AgendaDocuments.Where(d => d.Id == fileId).Select(d => d.StoredName).SingleAsync(Cancellation));
        }

        using var client = await SignedInAsync();

        using var response = await client.GetAsync(Download.PathOf(fileId), Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task NobodySignedInIsSentToTheSignInPageAndGetsNoFile()
    {
        var fileId = await StoreAsync("áp phích.png");
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(Download.PathOf(fileId), Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(AccountPaths.SignIn, response.Headers.Location?.PathAndQuery(), StringComparison.Ordinal);
        Assert.NotEqual(Png, await response.Content.ReadAsByteArrayAsync(Cancellation));
    }

    private Task<HttpClient> SignedInAsync() =>
        app.CreateSignedInClientAsync(SteeringRole.CommitteeMember, options: new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private Task<long> StoreAsync(string fileName) => AgendaDocumentAttachment.AttachAsync(app, fileName, Png);
}
