using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Web.Files;

namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>
/// Serves a stored evidence file to a signed-in person who may read the evidence of the assignment's unit (a refusal is
/// audited), through <see cref="FileDownload"/>.
/// </summary>
public static class EvidenceDownload
{
    public const string Route = "/evidence/{id:long}";

    /// <summary>The download address of one evidence file.</summary>
    public static string PathOf(long evidenceId) => "/evidence/" + evidenceId.ToString(CultureInfo.InvariantCulture);

    public static IEndpointConventionBuilder MapEvidenceDownload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapFileDownload(
            Route,
            "evidence",
            (db, id, cancellationToken) => db.AssignmentEvidence
                .Where(x => x.Id == id)
                .Select(x => new StoredFile(x.FileName, x.ContentType, x.StoredName, db.Assignments.Where(a => a.Id == x.AssignmentId).Select(a => a.UnitId).First()))
                .SingleOrDefaultAsync(cancellationToken),
            FileDownload.ReadEvidenceOfUnit);
}
