using SteeringDashboard.Web.Files;

namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>Where evidence files are downloaded.</summary>
public static class EvidenceDownload
{
    /// <summary>/evidence/{id}: for a signed-in person who may read the evidence of the assignment's unit (a refusal is audited).</summary>
    public static readonly FileDownload Route = new("/evidence", "evidence", FileDownload.ReadEvidenceOfUnit, (db, id) =>
        db.AssignmentEvidence.Where(x => x.Id == id).Select(x => new StoredFile(x.FileName, x.ContentType, x.StoredName, db.Assignments.Where(a => a.Id == x.AssignmentId).Select(a => a.UnitId).First())));
}
