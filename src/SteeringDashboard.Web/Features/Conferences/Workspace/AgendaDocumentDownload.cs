using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Web.Files;

namespace SteeringDashboard.Web.Features.Conferences.Workspace;

/// <summary>
/// Serves a document attached to a conference's agenda item through <see cref="FileDownload"/>. Every role reads the
/// conference, so any signed-in person whose account is still enabled may download it.
/// </summary>
public static class AgendaDocumentDownload
{
    public const string Route = "/conference/agenda-documents/{id:long}";

    /// <summary>The download address of one agenda document.</summary>
    public static string PathOf(long documentId) => "/conference/agenda-documents/" + documentId.ToString(CultureInfo.InvariantCulture);

    public static IEndpointConventionBuilder MapAgendaDocumentDownload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapFileDownload(
            Route,
            "agenda document",
            (db, id, cancellationToken) => db.AgendaDocuments
                .Where(d => d.Id == id)
                .Select(d => new StoredFile(d.FileName, d.ContentType, d.StoredName, null))
                .SingleOrDefaultAsync(cancellationToken),
            FileDownload.AnyEnabledAccount);
}
