using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Security;

/// <summary>Which audit entries to show: every criterion left empty matches everything.</summary>
/// <param name="Events">The events to show; empty for all.</param>
/// <param name="UserNameContains">Part of the acting user's name, case-insensitive.</param>
/// <param name="From">The first Ha Noi date to show.</param>
/// <param name="To">The last Ha Noi date to show (the whole day).</param>
/// <param name="Page">Zero-based.</param>
public sealed record AuditFilter(
    IReadOnlyCollection<AuditEvent> Events,
    string? UserNameContains = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 0,
    int PageSize = AuditFilter.DefaultPageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;
}

/// <summary>One page of the audit log, newest first, and how many entries match the filter in all.</summary>
public sealed record AuditLogPage(IReadOnlyList<AuditEntry> Entries, int TotalCount, int Page, int PageSize)
{
    public int PageCount => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;
}

/// <summary>The audit log for administrators: filtered, ordered and paged in SQL (two queries: the count and the page).</summary>
public sealed class AuditQueries(IDbContextFactory<SteeringDbContext> factory, AccessGuard guard)
{
    /// <summary>The page of entries that match <paramref name="filter"/>; null when the caller may not read the audit log (the refusal is audited).</summary>
    public async Task<AuditLogPage?> SearchAsync(Caller caller, AuditFilter filter, CancellationToken cancellationToken = default)
    {
        if (await guard.AuthorizeAsync(caller, SteeringAction.ReadAuditLog, null, "audit log", cancellationToken) is null)
        {
            return null;
        }

        var pageSize = Math.Clamp(filter.PageSize, 1, AuditFilter.MaxPageSize);
        var page = Math.Max(filter.Page, 0);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var query = Matching(db.AuditEntries.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        var entries = await query
            .OrderByDescending(a => a.OccurredAtUtc)
            .ThenByDescending(a => a.Id)
            .Skip(page * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return new AuditLogPage(entries, total, page, pageSize);
    }

    [SuppressMessage("Globalization", "CA1304:Specify CultureInfo", Justification = "An expression EF translates to SQL lower(); it never runs in .NET.")]
    [SuppressMessage("Globalization", "CA1311:Specify a culture or use an invariant version", Justification = "An expression EF translates to SQL lower(); it never runs in .NET.")]
    [SuppressMessage("Performance", "CA1862:Use the 'StringComparison' method overloads", Justification = "EF does not translate the StringComparison overloads to SQL.")]
    private static IQueryable<AuditEntry> Matching(IQueryable<AuditEntry> entries, AuditFilter filter)
    {
        if (filter.Events.Count > 0)
        {
            var events = filter.Events.ToList();
            entries = entries.Where(a => events.Contains(a.Event));
        }

        if (filter.UserNameContains?.Trim() is { Length: > 0 } part)
        {
            var lowered = part.ToLowerInvariant();
            entries = entries.Where(a => a.UserName != null && a.UserName.ToLower().Contains(lowered));
        }

        if (filter.From is { } from)
        {
            var start = HanoiTime.StartOfDayUtc(from);
            entries = entries.Where(a => a.OccurredAtUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = HanoiTime.EndOfDayUtc(to);
            entries = entries.Where(a => a.OccurredAtUtc < end);
        }

        return entries;
    }
}
