using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Assignments;

namespace SteeringDashboard.Web.Features.Conference;

/// <summary>
/// Serves a document attached to a conference's agenda item under the name it was uploaded with. Every role reads the
/// conference, so any signed-in person whose account is still enabled may download it.
/// </summary>
public static class AgendaDocumentDownload
{
    public const string Route = "/conference/agenda-documents/{id:long}";

    /// <summary>The download address of one agenda document.</summary>
    public static string PathOf(long documentId) => "/conference/agenda-documents/" + documentId.ToString(CultureInfo.InvariantCulture);

    public static IEndpointConventionBuilder MapAgendaDocumentDownload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, DownloadAsync).RequireAuthorization();

    private static Task<IResult> DownloadAsync(
        long id,
        IDbContextFactory<SteeringDbContext> factory,
        EvidenceStore store,
        AccessGuard guard,
        HttpContext context,
        CancellationToken cancellationToken) =>
        GuardedFileDownload.ServeAsync(
            async () =>
            {
                await using var db = await factory.CreateDbContextAsync(cancellationToken);
                return await db.AgendaDocuments
                    .Where(d => d.Id == id)
                    .Select(d => new GuardedFile(d.FileName, d.ContentType, d.StoredName, null))
                    .SingleOrDefaultAsync(cancellationToken);
            },
            async (caller, _) => await guard.FindActorAsync(caller.UserId, cancellationToken) is not null,
            store,
            context);
}
