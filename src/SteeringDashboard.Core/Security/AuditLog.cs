using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Security;

/// <summary>Writes audit entries to the append-only table and to the log, each in its own short transaction.</summary>
public sealed class AuditLog(IDbContextFactory<SteeringDbContext> factory, TimeProvider clock, ILogger<AuditLog> logger)
{
    public async Task RecordAsync(
        AuditEvent auditEvent,
        string? userId,
        string? userName,
        string? target = null,
        string? detail = null,
        string? address = null,
        CancellationToken cancellationToken = default)
    {
        var entry = new AuditEntry
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            Event = auditEvent,
            UserId = userId,
            UserName = Truncate(userName, 256),
            Target = Truncate(target, 256),
            Detail = Truncate(detail, 1000),
            Address = Truncate(address, 64),
        };
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation(
            "Audit {AuditEvent} by {UserName} ({UserId}) on {Target} from {Address}: {Detail}",
            auditEvent, LogText.Safe(entry.UserName), userId, LogText.Safe(entry.Target), LogText.Safe(address), LogText.Safe(entry.Detail));
    }

    private static string? Truncate(string? value, int length) => value is { Length: > 0 } && value.Length > length ? value[..length] : value;
}
