using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Web.Hosting;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Hosting;

/// <summary>Files a crash left without their record: removed at start-up, and by the clean-files command beside the serving app.</summary>
public sealed class CleanFilesCommandTests : IAsyncDisposable
{
    private static readonly byte[] Pdf = "%PDF-1.7 evidence"u8.ToArray();
    private readonly EvidenceAppFactory _app = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TheAppRemovesAnOrphanedFileOlderThanTheGracePeriodWhenItStarts()
    {
        var orphan = await StoreFileAsync(age: TimeSpan.FromHours(2));

        _ = _app.Services;

        Assert.False(File.Exists(orphan));
    }

    [Fact]
    public async Task TheCommandRemovesOldOrphansSaysHowManyAndKeepsAFileWhoseWriteMayStillBeCommitting()
    {
        _ = _app.Services;
        var orphan = await StoreFileAsync(age: TimeSpan.FromHours(2));
        var young = await StoreFileAsync(age: TimeSpan.FromMinutes(5));
        using var output = new StringWriter();

        var exitCode = await CleanFilesCommand.RunAsync(_app.Services, output);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            $"Removed 1 orphaned files from {_app.Services.GetRequiredService<FileStoreOptions>().Folder} (files no record names, written more than 01:00:00 ago).",
            output.ToString().Trim());
        Assert.False(File.Exists(orphan));
        Assert.True(File.Exists(young));
    }

    private async Task<string> StoreFileAsync(TimeSpan age)
    {
        var path = Path.Combine(_app.FilesFolder, $"{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, Pdf, Cancellation);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return path;
    }
}
