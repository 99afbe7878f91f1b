using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Conferences;

public enum ConferenceReportSectionError
{
    UnknownSection = 1,
    TooLong,
}

public abstract record ConferenceReportSectionOutcome
{
    private ConferenceReportSectionOutcome()
    {
    }

    /// <summary>Stored; <see cref="Version"/> is what the next save must send.</summary>
    public sealed record Saved(Guid Version) : ConferenceReportSectionOutcome;

    public sealed record Invalid(ConferenceReportSectionError Error) : ConferenceReportSectionOutcome;

    /// <summary>Someone saved the section since the editor loaded it: nothing was stored.</summary>
    public sealed record Conflict(string CurrentText) : ConferenceReportSectionOutcome;

    public sealed record NotFound : ConferenceReportSectionOutcome;

    /// <summary>The caller may not prepare conferences (or the account is disabled): nothing was stored, the refusal is audited.</summary>
    public sealed record Forbidden : ConferenceReportSectionOutcome;
}

/// <summary>Stores the text sections of a conference's review report, one save per section with optimistic concurrency.</summary>
public sealed class ConferenceReportSectionService(IDbContextFactory<SteeringDbContext> factory, AccessGuard guard, TimeProvider clock)
{
    /// <param name="expectedVersion">The version the editor loaded; null when the section had no text yet.</param>
    public async Task<ConferenceReportSectionOutcome> SaveAsync(
        Caller caller, int conferenceId, string key, string text, Guid? expectedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await guard.AuthorizeAsync(
            caller,
            SteeringAction.ManageConference,
            unitId: null,
            string.Create(CultureInfo.InvariantCulture, $"conference {conferenceId} review section {key}"),
            cancellationToken);
        if (actor is null)
        {
            return new ConferenceReportSectionOutcome.Forbidden();
        }

        if (!ConferenceReportSectionKeys.All.Contains(key))
        {
            return new ConferenceReportSectionOutcome.Invalid(ConferenceReportSectionError.UnknownSection);
        }

        var trimmed = text.Trim();
        if (trimmed.Length > ConferenceReportSection.TextMaxLength)
        {
            return new ConferenceReportSectionOutcome.Invalid(ConferenceReportSectionError.TooLong);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.Conferences.AnyAsync(c => c.Id == conferenceId, cancellationToken))
        {
            return new ConferenceReportSectionOutcome.NotFound();
        }

        var section = await db.ConferenceReportSections.SingleOrDefaultAsync(s => s.ConferenceId == conferenceId && s.Key == key, cancellationToken);
        if (section?.Version != expectedVersion)
        {
            return new ConferenceReportSectionOutcome.Conflict(section?.Text ?? string.Empty);
        }

        if (section is null)
        {
            section = new ConferenceReportSection { ConferenceId = conferenceId, Key = key, Text = trimmed, UpdatedBy = actor.DisplayName };
            db.ConferenceReportSections.Add(section);
        }

        section.Text = trimmed;
        section.UpdatedBy = actor.DisplayName;
        section.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        section.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save of the same section won the race (a concurrency token or the unique key): report it, store nothing.
            var current = await LoadTextAsync(conferenceId, key, cancellationToken);
            return new ConferenceReportSectionOutcome.Conflict(current);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ConferenceReportSectionOutcome.Saved(section.Version);
    }

    /// <summary>The sections of the conference with their versions, by key.</summary>
    public async Task<IReadOnlyDictionary<string, (string Text, Guid Version)>> ListAsync(int conferenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var sections = await db.ConferenceReportSections.Where(s => s.ConferenceId == conferenceId)
            .Select(s => new { s.Key, s.Text, s.Version })
            .ToListAsync(cancellationToken);
        return sections.ToDictionary(s => s.Key, s => (s.Text, s.Version));
    }

    private async Task<string> LoadTextAsync(int conferenceId, string key, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.ConferenceReportSections.Where(s => s.ConferenceId == conferenceId && s.Key == key)
            .Select(s => s.Text).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
    }
}
