using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Files;

/// <summary>
/// Removes the stored files no record names: a write killed after its file was stored and before its record was committed
/// leaves one (the store writes the file first, so the reverse, a record naming a missing file, cannot happen). A file
/// younger than <see cref="FileStoreOptions.OrphanGracePeriod"/> is kept, as its write may still be committing. Runs at
/// start-up after the migrations and as the clean-files command.
/// </summary>
public sealed class OrphanedFiles(
    IDbContextFactory<SteeringDbContext> factory,
    FileStore store,
    FileStoreOptions options,
    TimeProvider clock,
    ILogger<OrphanedFiles> logger)
{
    /// <summary>Removes the orphaned files old enough; returns how many it removed.</summary>
    public async Task<int> RemoveAsync(CancellationToken cancellationToken = default)
    {
        // The folder is listed before the records are read: a file stored after the listing is not looked at, and one
        // listed whose record commits meanwhile is found with it.
        var writtenBefore = clock.GetUtcNow().UtcDateTime - options.OrphanGracePeriod;
        var candidates = store.List().Where(file => file.WrittenAtUtc <= writtenBefore).Select(file => file.StoredName).ToList();
        var removed = 0;
        if (candidates.Count > 0)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var named = (await db.AssignmentEvidence.Select(e => e.StoredName)
                    .Concat(db.UnitReportAttachments.Select(a => a.StoredName))
                    .Concat(db.AgendaDocuments.Select(d => d.StoredName))
                    .ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var orphan in candidates.Where(name => !named.Contains(name)))
            {
                store.Delete(orphan);
                removed++;
            }
        }

        logger.LogInformation(
            "Removed {Removed} orphaned stored files (files with no record, older than {GracePeriod})", removed, options.OrphanGracePeriod);
        return removed;
    }
}
