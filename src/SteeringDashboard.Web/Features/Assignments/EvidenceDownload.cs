using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>Serves a stored evidence file as a download under the name it was uploaded with.</summary>
public static class EvidenceDownload
{
    public const string Route = "/evidence/{id:long}";

    /// <summary>The download address of one evidence file.</summary>
    public static string PathOf(long evidenceId) => "/evidence/" + evidenceId.ToString(CultureInfo.InvariantCulture);

    /// <remarks>
    /// Open to anyone who can reach the app for now: sign-in comes with issue 4, which adds the check that the user
    /// may see the assignment the file belongs to.
    /// </remarks>
    public static IEndpointConventionBuilder MapEvidenceDownload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, DownloadAsync);

    private static async Task<IResult> DownloadAsync(
        long id, IDbContextFactory<SteeringDbContext> factory, EvidenceStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var file = await db.AssignmentEvidence
            .Where(e => e.Id == id)
            .Select(e => new { e.FileName, e.ContentType, e.StoredName })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return Results.NotFound();
        }

        Stream content;
        try
        {
            content = store.Open(file.StoredName);
        }
        catch (FileNotFoundException)
        {
            return Results.NotFound();
        }

        // The stored type was recognised from the file's first bytes; browsers must not guess another one.
        response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(content, file.ContentType, fileDownloadName: file.FileName);
    }
}
