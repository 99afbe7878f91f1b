using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Assignments;

public sealed class EvidenceDownloadTests(EvidenceDownloadTests.App app) : IClassFixture<EvidenceDownloadTests.App>
{
    /// <summary>A 1×1 transparent PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnswersNotFoundForAnUnknownFile()
    {
        using var client = await app.CreateSignedInClientAsync();

        using var response = await client.GetAsync("/evidence/987654", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ServesAFileSavedWithAnEditAsAnAttachmentUnderItsOriginalName()
    {
        using var client = await app.CreateSignedInClientAsync();
        var updates = app.Services.GetRequiredService<AssignmentUpdateService>();
        var assignmentId = await AssignmentOfAsync("HOAN-KIEM", taskNumber: 12);
        var current = (await updates.LoadForEditAsync(assignmentId, Cancellation))!.Current;
        using var upload = new MemoryStream(Png);
        var outcome = await updates.UpdateAsync(
            new AssignmentEdit(assignmentId, current.Version, AssignmentState.InProgress, 50, null, "Poster photo"),
            "Hoan Kiem reporter",
            new EvidenceUpload("áp phích.png", upload),
            Cancellation);
        Assert.IsType<EditOutcome.Saved>(outcome);
        var file = Assert.Single((await updates.HistoryAsync(assignmentId, Cancellation))[0].Files);

        using var response = await client.GetAsync($"/evidence/{file.Id}", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await response.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("áp phích.png", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    private async Task<int> AssignmentOfAsync(string unitCode, int taskNumber)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.Assignments.Where(a => a.Unit!.Code == unitCode && a.PlanTask!.Number == taskNumber).Select(a => a.Id).SingleAsync(Cancellation);
    }

    /// <summary>The app with its evidence folder in a temporary directory, removed afterwards.</summary>
    public sealed class App : SteeringAppFactory
    {
        private readonly DirectoryInfo _evidence = Directory.CreateTempSubdirectory("steering-evidence-");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting($"{EvidenceOptions.Section}:{nameof(EvidenceOptions.Folder)}", _evidence.FullName);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                _evidence.Delete(recursive: true);
            }
        }
    }
}
