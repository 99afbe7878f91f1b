namespace SteeringDashboard.Core.Files;

/// <summary>
/// A file written to the store under a temporary hold, with the name it was uploaded under (without any folder):
/// <see cref="Commit"/> keeps it, disposing without committing deletes it.
/// </summary>
public sealed class PendingFile(string path, string fileName, string storedName, string contentType, long size) : IDisposable
{
    private bool _committed;

    public string FileName { get; } = fileName;
    public string StoredName { get; } = storedName;
    public string ContentType { get; } = contentType;
    public long SizeBytes { get; } = size;

    public void Commit() => _committed = true;

    public void Dispose()
    {
        if (!_committed)
        {
            File.Delete(path);
        }
    }
}

/// <summary>An upload the store refused, named as it was uploaded.</summary>
public sealed record FileRefusal(string FileName, FileError Error);

/// <summary>
/// The files one write attaches, held until the write's records are committed: save them, add their records, then
/// <see cref="Commit"/> once the transaction is committed. Disposing deletes every file not committed, so a refusal, a
/// conflict or a failed save leaves none behind.
/// </summary>
public sealed class PendingFiles(FileStore store) : IDisposable
{
    private readonly List<PendingFile> _files = [];

    /// <summary>The files saved so far, in the order of their uploads.</summary>
    public IReadOnlyList<PendingFile> Files => _files;

    /// <summary>Saves each upload in turn; the ones the store refused are returned with why (the others are held).</summary>
    public async Task<IReadOnlyList<FileRefusal>> SaveAsync(IEnumerable<FileUpload> uploads, CancellationToken cancellationToken)
    {
        var refusals = new List<FileRefusal>();
        foreach (var upload in uploads)
        {
            var (saved, error) = await store.SaveAsync(upload, cancellationToken);
            if (saved is null)
            {
                refusals.Add(new FileRefusal(Path.GetFileName(upload.FileName), error!.Value));
            }
            else
            {
                _files.Add(saved);
            }
        }

        return refusals;
    }

    /// <summary>Keeps every file saved: call once their records are committed.</summary>
    public void Commit() => _files.ForEach(file => file.Commit());

    public void Dispose() => _files.ForEach(file => file.Dispose());
}
