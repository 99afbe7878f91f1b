using Microsoft.Data.Sqlite;

namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>A SQLite file of its own, removed with its WAL files on dispose.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    // Seeding a fresh database is bound by fsync; a memory-backed folder halves a host's start-up.
    private static readonly string Folder = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();

    public string FilePath { get; } = Path.Combine(Folder, $"steering-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={FilePath}";

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        File.Delete(FilePath);
        File.Delete(FilePath + "-wal");
        File.Delete(FilePath + "-shm");
    }
}
