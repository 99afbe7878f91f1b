using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Conferences;

public abstract record FreezeOutcome
{
    private FreezeOutcome()
    {
    }

    public sealed record Frozen(int Number) : FreezeOutcome;

    /// <summary>Another freeze of the same conference took the next number at the same moment: nothing was stored.</summary>
    public sealed record Conflict : FreezeOutcome;

    public sealed record NotFound : FreezeOutcome;

    /// <summary>The caller may not prepare conferences (or the account is disabled): nothing was stored, the refusal is audited.</summary>
    public sealed record Forbidden : FreezeOutcome;
}

/// <summary>A frozen version as the list shows it.</summary>
public sealed record PackVersionSummary(int Number, DateTime FrozenAtUtc, string FrozenBy, DateOnly CutoffDate);

/// <summary>A frozen version with the content it stored.</summary>
public sealed record FrozenPack(PackVersionSummary Version, ReviewContent Content);

/// <summary>
/// Freezes a conference's pack: the review report compiled now is stored as a new numbered version; the old versions are kept
/// unchanged, so that the pack read at the conference stays what it was whatever happens to the live data afterwards.
/// </summary>
public sealed class PackService(IDbContextFactory<SteeringDbContext> factory, ReviewQueries review, AccessGuard guard, TimeProvider clock)
{
    public async Task<FreezeOutcome> FreezeAsync(Caller caller, int conferenceId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.AuthorizeAsync(
            caller,
            SteeringAction.ManageConference,
            unitId: null,
            string.Create(CultureInfo.InvariantCulture, $"conference {conferenceId} pack"),
            cancellationToken);
        if (actor is null)
        {
            return new FreezeOutcome.Forbidden();
        }

        var content = await review.CompileAsync(conferenceId, cancellationToken);
        if (content is null)
        {
            return new FreezeOutcome.NotFound();
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var last = await db.PackVersions.Where(p => p.ConferenceId == conferenceId).MaxAsync(p => (int?)p.Number, cancellationToken) ?? 0;
        var version = new PackVersion
        {
            ConferenceId = conferenceId,
            Number = last + 1,
            FrozenAtUtc = clock.GetUtcNow().UtcDateTime,
            FrozenBy = actor.DisplayName,
            CutoffDate = content.CutoffDate,
            ContentJson = content.ToJson(),
        };
        db.PackVersions.Add(version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (conference, number) key: a simultaneous freeze stored this number first.
            return new FreezeOutcome.Conflict();
        }

        await transaction.CommitAsync(cancellationToken);
        return new FreezeOutcome.Frozen(version.Number);
    }

    /// <summary>The conference's frozen versions, newest first.</summary>
    public async Task<IReadOnlyList<PackVersionSummary>> ListAsync(int conferenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.PackVersions.Where(p => p.ConferenceId == conferenceId)
            .OrderByDescending(p => p.Number)
            .Select(p => new PackVersionSummary(p.Number, p.FrozenAtUtc, p.FrozenBy, p.CutoffDate))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One frozen version as it was stored, or null when the conference has no version with that number.</summary>
    public async Task<FrozenPack?> LoadAsync(int conferenceId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var stored = await db.PackVersions.Where(p => p.ConferenceId == conferenceId && p.Number == number)
            .Select(p => new { Summary = new PackVersionSummary(p.Number, p.FrozenAtUtc, p.FrozenBy, p.CutoffDate), p.ContentJson })
            .SingleOrDefaultAsync(cancellationToken);
        return stored is null ? null : new FrozenPack(stored.Summary, ReviewContent.FromJson(stored.ContentJson));
    }
}
