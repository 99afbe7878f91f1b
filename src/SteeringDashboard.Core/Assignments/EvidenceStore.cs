namespace SteeringDashboard.Core.Assignments;

/// <summary>Where evidence files are kept and how large they may be (configuration section "Evidence").</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>The folder for evidence files; relative paths are under the app's content root.</summary>
    public string Folder { get; set; } = Path.Combine("App_Data", "evidence");

    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The most the files chosen in one form (a report's attachments, an agenda item's documents) may add up to.</summary>
    public long MaxTotalBytes { get; set; } = 30 * 1024 * 1024;
}

/// <summary>An uploaded file offered as evidence.</summary>
public sealed record EvidenceUpload(string FileName, Stream Content);

/// <summary>Keeps evidence files on disk under generated names; accepts only PDF, PNG and JPEG, recognised by their first bytes.</summary>
public sealed class EvidenceStore(EvidenceOptions options)
{
    private static readonly (string ContentType, string Extension, byte[] Signature)[] AllowedTypes =
    [
        ("application/pdf", ".pdf", "%PDF-"u8.ToArray()),
        ("image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]),
    ];

    public long MaxBytes => options.MaxBytes;

    public long MaxTotalBytes => options.MaxTotalBytes;

    /// <summary>
    /// The name a stored file is downloaded under: the uploader's name with the extension of the type recognised from its bytes
    /// (a PNG uploaded as "report.pdf.exe" downloads as "report.pdf.png"), so the reader's computer opens it as what it is.
    /// </summary>
    public static string DownloadName(string uploadedName, string contentType)
    {
        var extension = AllowedTypes.First(t => t.ContentType == contentType).Extension;
        var stem = Path.GetFileNameWithoutExtension(uploadedName.Trim());
        return (stem.Length == 0 ? "file" : stem) + extension;
    }

    /// <summary>A file written to a temporary name; <see cref="Commit"/> keeps it, disposing without committing deletes it.</summary>
    public sealed class PendingFile(string path, string storedName, string contentType, long size) : IDisposable
    {
        private bool _committed;

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

    /// <summary>Copies the upload to the evidence folder, or says why it cannot be kept.</summary>
    public async Task<(PendingFile? File, EditError? Error)> SaveAsync(EvidenceUpload upload, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.Folder);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.Content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxBytes)
            {
                return (null, EditError.EvidenceFileTooLarge);
            }
        }

        if (buffer.Length == 0)
        {
            return (null, EditError.EvidenceFileEmpty);
        }

        var bytes = buffer.ToArray();
        var type = AllowedTypes.FirstOrDefault(t => bytes.AsSpan().StartsWith(t.Signature));
        if (type.ContentType is null)
        {
            return (null, EditError.EvidenceFileTypeNotAllowed);
        }

        var storedName = $"{Guid.NewGuid():N}{type.Extension}";
        var path = PathOf(storedName);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken);
        return (new PendingFile(path, storedName, type.ContentType, buffer.Length), null);
    }

    /// <summary>Opens a stored file for reading.</summary>
    public Stream Open(string storedName) => File.OpenRead(PathOf(storedName));

    /// <summary>Deletes a stored file whose record is gone; a file already missing (or a folder never made) is no error.</summary>
    public void Delete(string storedName)
    {
        var path = PathOf(storedName);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private string PathOf(string storedName) => Path.Combine(options.Folder, Path.GetFileName(storedName));
}
