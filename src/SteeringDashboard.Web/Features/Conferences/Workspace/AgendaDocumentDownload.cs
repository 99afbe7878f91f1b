using SteeringDashboard.Web.Files;

namespace SteeringDashboard.Web.Features.Conferences.Workspace;

/// <summary>Where the documents attached to a conference's agenda items are downloaded.</summary>
public static class AgendaDocumentDownload
{
    /// <summary>
    /// /conference/agenda-documents/{id}: every role reads the conference, so any signed-in person whose account is still
    /// enabled may download it.
    /// </summary>
    public static readonly FileDownload Route = new("/conference/agenda-documents", "agenda document", FileDownload.AnyEnabledAccount, (db, id) =>
        db.AgendaDocuments.Where(d => d.Id == id).Select(d => new StoredFile(d.FileName, d.ContentType, d.StoredName, null)));
}
