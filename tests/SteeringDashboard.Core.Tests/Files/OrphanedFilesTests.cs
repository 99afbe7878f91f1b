using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Files;

/// <summary>The clean-up of stored files no record names, against a report whose attachment is recorded.</summary>
public sealed class OrphanedFilesTests : IAsyncLifetime
{
    private static readonly byte[] Pdf = "%PDF-1.7 report"u8.ToArray();
    private static readonly TimeSpan GracePeriod = TimeSpan.FromMinutes(10);
    private ReportScenario _scenario = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _scenario = await ReportScenario.CreateAsync();

    public ValueTask DisposeAsync() => _scenario.DisposeAsync();

    [Fact]
    public async Task AFileNoRecordNamesIsRemovedOnceOlderThanTheGracePeriodAndTheAttachedOneIsKept()
    {
        var attached = await SubmitWithAttachmentAsync();
        var orphan = Path.Combine(_scenario.AttachmentFolder, $"{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(orphan, Pdf, Token);
        Age(attached, GracePeriod * 2);
        Age(orphan, GracePeriod * 2);

        var removed = await Cleanup().RemoveAsync(Token);

        Assert.Equal(1, removed);
        Assert.Equal([attached], _scenario.AttachmentFiles());
    }

    [Fact]
    public async Task AFileYoungerThanTheGracePeriodIsKeptAsItsWriteMayStillBeCommitting()
    {
        var attached = await SubmitWithAttachmentAsync();
        var pending = Path.Combine(_scenario.AttachmentFolder, $"{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(pending, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], Token);
        Age(pending, GracePeriod / 2);

        var removed = await Cleanup().RemoveAsync(Token);

        Assert.Equal(0, removed);
        Assert.Equal(new[] { attached, pending }.Order().ToList(), _scenario.AttachmentFiles());
    }

    [Fact]
    public async Task AFileWithoutAStoredNameIsNotTheStoresAndIsKept()
    {
        await SubmitWithAttachmentAsync();
        var note = Path.Combine(_scenario.AttachmentFolder, "README.txt");
        await File.WriteAllTextAsync(note, "Evidence files of the committee.", Token);
        Age(note, GracePeriod * 2);

        var removed = await Cleanup().RemoveAsync(Token);

        Assert.Equal(0, removed);
        Assert.Contains(note, _scenario.AttachmentFiles());
    }

    [Fact]
    public async Task AStoreWhoseFolderWasNeverMadeHasNothingToRemove()
    {
        Assert.Equal(0, await Cleanup().RemoveAsync(Token));
        Assert.False(Directory.Exists(_scenario.AttachmentFolder));
    }

    private static void Age(string path, TimeSpan age) => File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);

    private OrphanedFiles Cleanup()
    {
        var options = new FileStoreOptions { Folder = _scenario.AttachmentFolder, OrphanGracePeriod = GracePeriod };
        return new OrphanedFiles(_scenario.Database, new FileStore(options), options, TimeProvider.System, NullLogger<OrphanedFiles>.Instance);
    }

    private async Task<string> SubmitWithAttachmentAsync()
    {
        var outcome = await _scenario.Service.SubmitAsync(
            new Caller(_scenario.Agency.UserId),
            _scenario.ReportTypeId,
            _scenario.U1,
            "Đã tổ chức mít tinh.",
            [new ReportFigure(_scenario.IndicatorId, 3)],
            expectedVersion: null,
            new ReportAttachmentChanges([new FileUpload("báo cáo.pdf", new MemoryStream(Pdf))], []),
            Token);
        Assert.IsType<SubmitOutcome.Submitted>(outcome);
        return Assert.Single(_scenario.AttachmentFiles());
    }
}
