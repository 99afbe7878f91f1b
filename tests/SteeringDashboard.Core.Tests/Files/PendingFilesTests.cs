using SteeringDashboard.Core.Files;

namespace SteeringDashboard.Core.Tests.Files;

public sealed class PendingFilesTests : IDisposable
{
    private static readonly byte[] Pdf = "%PDF-1.7 test"u8.ToArray();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"steering-files-{Guid.NewGuid():N}");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task RefusedUploadsAreNamedWithWhyAndTheOthersAreHeldUnderTheirUploadedNames()
    {
        using var pending = new PendingFiles(Store());

        var refusals = await pending.SaveAsync([Upload("../báo cáo.pdf", Pdf), Upload("trống.pdf", []), Upload("setup.exe", [0x4D, 0x5A, 0x90, 0x00])], Token);

        Assert.Equal([new FileRefusal("trống.pdf", FileError.Empty), new FileRefusal("setup.exe", FileError.TypeNotAllowed)], refusals);
        var held = Assert.Single(pending.Files);
        Assert.Equal(("báo cáo.pdf", "application/pdf", Pdf.Length), (held.FileName, held.ContentType, (int)held.SizeBytes));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task FilesNotCommittedAreDeletedAndCommittedOnesAreKept()
    {
        using (var dropped = new PendingFiles(Store()))
        {
            await dropped.SaveAsync([Upload("a.pdf", Pdf), Upload("b.pdf", Pdf)], Token);
        }

        Assert.Empty(Directory.GetFiles(_folder));

        string storedName;
        using (var kept = new PendingFiles(Store()))
        {
            await kept.SaveAsync([Upload("c.pdf", Pdf)], Token);
            storedName = kept.Files.Single().StoredName;
            kept.Commit();
        }

        await using var stored = Store().Open(storedName);
        Assert.Equal(Pdf.Length, stored.Length);
    }

    private FileStore Store() => new(new FileStoreOptions { Folder = _folder, MaxBytes = 1024 });

    private static FileUpload Upload(string name, byte[] content) => new(name, new MemoryStream(content));
}
