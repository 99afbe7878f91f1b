namespace SteeringDashboard.Core.Files;

/// <summary>
/// Where stored files are kept and how large they may be (configuration section "Evidence", the name it had when evidence
/// files were the only ones).
/// </summary>
public sealed class FileStoreOptions
{
    public const string Section = "Evidence";

    /// <summary>The folder for stored files; relative paths are under the app's content root.</summary>
    public string Folder { get; set; } = Path.Combine("App_Data", "evidence");

    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The most the files chosen in one form (a report's attachments, an agenda item's documents) may add up to.</summary>
    public long MaxTotalBytes { get; set; } = 30 * 1024 * 1024;

    /// <summary>
    /// How old a file with no record must be before the clean-up removes it: a younger one may belong to a write still in
    /// flight (in another instance, or while the clean-files command runs beside the serving app).
    /// </summary>
    public TimeSpan OrphanGracePeriod { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>An uploaded file offered to the store.</summary>
public sealed record FileUpload(string FileName, Stream Content);

/// <summary>Why the store refused an upload.</summary>
public enum FileError
{
    TooLarge = 1,
    Empty,

    /// <summary>Not a PDF, PNG or JPEG by its first bytes.</summary>
    TypeNotAllowed,
}

/// <summary>
/// Keeps the app's files (assignment evidence, report attachments, agenda documents) on disk under generated names; accepts
/// only PDF, PNG and JPEG, recognised by their first bytes.
/// </summary>
public sealed class FileStore(FileStoreOptions options)
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

    /// <summary>Copies the upload to the store's folder, or says why it cannot be kept.</summary>
    public async Task<(PendingFile? File, FileError? Error)> SaveAsync(FileUpload upload, CancellationToken cancellationToken)
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
                return (null, FileError.TooLarge);
            }
        }

        if (buffer.Length == 0)
        {
            return (null, FileError.Empty);
        }

        var bytes = buffer.ToArray();
        var type = AllowedTypes.FirstOrDefault(t => bytes.AsSpan().StartsWith(t.Signature));
        if (type.ContentType is null)
        {
            return (null, FileError.TypeNotAllowed);
        }

        var storedName = $"{Guid.NewGuid():N}{type.Extension}";
        var path = PathOf(storedName);
        await WriteDurablyAsync(path, bytes, cancellationToken);
        return (new PendingFile(path, Path.GetFileName(upload.FileName), storedName, type.ContentType, buffer.Length), null);
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

    /// <summary>
    /// The files in the store's folder that have a stored name (others, such as a note an operator left, are not the
    /// store's), with when each was last written.
    /// </summary>
    public IReadOnlyList<(string StoredName, DateTime WrittenAtUtc)> List()
    {
        if (!Directory.Exists(options.Folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(options.Folder)
            .Select(path => new FileInfo(path))
            .Where(file => IsStoredName(file.Name))
            .Select(file => (file.Name, file.LastWriteTimeUtc))
            .ToList();
    }

    /// <summary>A name <see cref="SaveAsync"/> gives: 32 hexadecimal digits and the extension of an allowed type.</summary>
    private static bool IsStoredName(string name) =>
        Path.GetFileNameWithoutExtension(name) is { Length: 32 } stem
        && stem.All(char.IsAsciiHexDigitLower)
        && AllowedTypes.Any(t => t.Extension == Path.GetExtension(name));

    // The file reaches the disk before its record is committed, so a record never names a file a crash lost; a file only
    // partly written (a full disk) is removed.
    private static async Task WriteDurablyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.Asynchronous);
            await stream.WriteAsync(bytes, cancellationToken);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private string PathOf(string storedName) => Path.Combine(options.Folder, Path.GetFileName(storedName));
}
