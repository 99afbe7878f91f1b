using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SteeringDashboard.Core.Data;

/// <summary>
/// Whether a write failed because the server's storage refused it (a full disk, a read-only or missing data folder, an I/O
/// error), not because of what was written: the transaction rolled back and the files held for it were deleted, so the
/// person is told to try again once the administrator has fixed the storage.
/// </summary>
public static class StorageFailure
{
    // SQLite's primary result codes READONLY, IOERR, FULL and CANTOPEN; extended codes keep the primary one in the low byte.
    private static readonly int[] SqliteCodes = [8, 10, 13, 14];

    public static bool Is(Exception exception) => exception switch
    {
        SqliteException sqlite => SqliteCodes.Contains(sqlite.SqliteErrorCode & 0xFF),
        IOException or UnauthorizedAccessException => true,
        DbUpdateException { InnerException: { } inner } => Is(inner),
        _ => false,
    };
}
