using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Files;

/// <summary>A stored file to download: a document the secretariat attaches to the demo conference's first agenda item.</summary>
internal static class AgendaDocumentAttachment
{
    /// <summary>Attaches <paramref name="content"/>, uploaded as <paramref name="fileName"/>; returns the document's id.</summary>
    public static async Task<long> AttachAsync(SteeringAppFactory app, string fileName, byte[] content)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var conferences = app.Services.GetRequiredService<ConferenceQueries>();
        var conferenceId = (await conferences.ListAsync(cancellation))[0].Id;
        var detail = (await conferences.LoadAsync(conferenceId, cancellation))!;
        var item = detail.Agenda[0];
        var secretariat = await app.CreateAccountAsync(SteeringRole.Secretariat);

        var outcome = await app.Services.GetRequiredService<ConferenceService>().AttachAgendaDocumentsAsync(
            new Caller(secretariat.UserId), conferenceId, detail.Versions.Agenda, item.Id,
            [new FileUpload(fileName, new MemoryStream(content))], cancellation);

        Assert.IsType<ConferenceOutcome.Saved>(outcome);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(cancellation);
        return await db.AgendaDocuments.Where(d => d.AgendaItemId == item.Id).MaxAsync(d => d.Id, cancellation);
    }
}
