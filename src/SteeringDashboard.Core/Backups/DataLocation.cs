using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Backups;

/// <summary>Where the app keeps its data: the SQLite database file and the folder of stored files.</summary>
public sealed record DataLocation(string DatabasePath, string FilesFolder)
{
    /// <summary>The database file named by a SQLite connection string, with the stored files' folder.</summary>
    public static DataLocation Of(string connectionString, string filesFolder) =>
        new(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource), Path.GetFullPath(filesFolder));

    public string DatabaseFolder => Path.GetDirectoryName(DatabasePath)!;

    /// <summary>A connection string to a SQLite file opened on its own (no pool keeps it open afterwards).</summary>
    internal static string ConnectionStringOf(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();

    /// <summary>A context on a SQLite file other than the app's (a backup's copy of the database).</summary>
    internal static SteeringDbContext ContextOn(string path) =>
        new(new DbContextOptionsBuilder<SteeringDbContext>().UseSqlite(ConnectionStringOf(path, SqliteOpenMode.ReadWrite)).Options);
}
