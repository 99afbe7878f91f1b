using Microsoft.AspNetCore.Components.Forms;
using SteeringDashboard.Core.Files;

namespace SteeringDashboard.Web.Files;

/// <summary>
/// A chosen file copied, as it arrives, to a temporary file that is deleted when this is disposed: a form's chosen files
/// wait on disk until it is saved rather than in the circuit's memory, and are read again from the start for each save.
/// </summary>
public sealed class SpooledUpload : IDisposable
{
    private const int ChunkBytes = 64 * 1024;

    private readonly FileStream _content;

    private SpooledUpload(string name, FileStream content)
    {
        Name = name;
        _content = content;
    }

    public string Name { get; }

    public long Length => _content.Length;

    /// <summary>
    /// Copies <paramref name="file"/> (at most <paramref name="maxBytes"/>), calling <paramref name="progress"/> with the bytes
    /// received after each chunk; it returns false to stop (the file was removed meanwhile), and then the result is null.
    /// </summary>
    public static async Task<SpooledUpload?> ReadAsync(IBrowserFile file, long maxBytes, Func<long, bool> progress, CancellationToken cancellationToken = default)
    {
        var content = new FileStream(
            Path.Combine(Path.GetTempPath(), $"steering-upload-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            ChunkBytes, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await using var stream = file.OpenReadStream(maxAllowedSize: maxBytes, cancellationToken);
            var chunk = new byte[ChunkBytes];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                await content.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
                if (!progress(content.Length))
                {
                    await content.DisposeAsync();
                    return null;
                }
            }

            return new SpooledUpload(file.Name, content);
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }
    }

    /// <summary>The file as an upload for the store, read from its start.</summary>
    public FileUpload ToUpload()
    {
        _content.Position = 0;
        return new FileUpload(Name, _content);
    }

    public void Dispose() => _content.Dispose();
}
