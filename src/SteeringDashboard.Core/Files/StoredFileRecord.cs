namespace SteeringDashboard.Core.Files;

/// <summary>
/// What every record of a stored file keeps (an evidence file, a report attachment, an agenda document): the name it was
/// uploaded under, its type recognised from its bytes, its size and its generated name in the store.
/// </summary>
public abstract class StoredFileRecord
{
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }

    /// <summary>The file's name in the store's folder (generated, never the uploaded name).</summary>
    public required string StoredName { get; set; }
}
