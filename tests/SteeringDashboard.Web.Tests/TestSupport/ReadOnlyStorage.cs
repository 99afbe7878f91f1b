using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>
/// While <see cref="IsOn"/>, every connection the app opens is set <c>PRAGMA query_only</c>: SQLite itself then refuses each
/// write with SQLITE_READONLY ("attempt to write a readonly database"), as it does on a read-only mount, while reads go on.
/// Root ignores file permissions, so this is how a test makes the store read-only whoever runs it.
/// </summary>
public sealed class ReadOnlyStorage : DbConnectionInterceptor
{
    private volatile bool _isOn;

    public bool IsOn
    {
        get => _isOn;
        set => _isOn = value;
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Pooled connections keep the setting: each opening sets it as it is now.
    private DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = IsOn ? "PRAGMA query_only = 1" : "PRAGMA query_only = 0";
        return command;
    }
}
