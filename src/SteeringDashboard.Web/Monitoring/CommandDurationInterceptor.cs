using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SteeringDashboard.Web.Monitoring;

/// <summary>Records how long each database command took (EF Core measures it) in <see cref="SteeringMetrics"/>.</summary>
public sealed class CommandDurationInterceptor(SteeringMetrics metrics) : DbCommandInterceptor
{
    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        metrics.CommandExecuted("reader", eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        metrics.CommandExecuted("reader", eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        metrics.CommandExecuted("scalar", eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        metrics.CommandExecuted("scalar", eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        metrics.CommandExecuted("non_query", eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        metrics.CommandExecuted("non_query", eventData.Duration);
        return result;
    }
}
