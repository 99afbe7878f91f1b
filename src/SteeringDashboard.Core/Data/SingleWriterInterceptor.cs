using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SteeringDashboard.Core.Data;

/// <summary>
/// On PostgreSQL, every transaction first takes one transaction-level advisory lock, so that writers queue one after the
/// other as they do on SQLite (whose write transactions begin IMMEDIATE): the checks a write makes before it saves (the
/// last administrator, a report's state, an outdated version) hold until it commits, on every instance that shares the database.
/// </summary>
internal sealed class SingleWriterInterceptor : DbTransactionInterceptor
{
    public static readonly SingleWriterInterceptor Instance = new();

    // Any fixed key: the committee's number.
    private const string LockSql = "SELECT pg_advisory_xact_lock(138)";

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = Command(connection, result);
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection, result);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = LockSql;
        return command;
    }
}
