using SteeringDashboard.Core.Files;

namespace SteeringDashboard.Core.Conferences;

/// <summary>
/// A file (PDF or image) attached to an agenda item, such as the presenter's speech or slides, kept in the file store
/// under a generated name. It goes with its item: removing the item removes the row, and the service deletes the file.
/// </summary>
public sealed class AgendaDocument : StoredFileRecord
{
    public long Id { get; set; }
    public int AgendaItemId { get; set; }
    public AgendaItem? AgendaItem { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    /// <summary>The display name of the secretariat member who attached it.</summary>
    public required string UploadedBy { get; set; }
}
