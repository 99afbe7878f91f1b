using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
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

    /// <summary>
    /// The caller may not prepare conferences, or may not open a version of the audience chosen (or the account is disabled):
    /// nothing was stored, the refusal is audited.
    /// </summary>
    public sealed record Forbidden : FreezeOutcome;
}

/// <summary>What opening a frozen version gave.</summary>
public abstract record PackOpening
{
    private PackOpening()
    {
    }

    public sealed record Opened(FrozenPack Pack) : PackOpening;

    /// <summary>The conference has no version with that number.</summary>
    public sealed record NotFound : PackOpening;

    /// <summary>The version is the committee's and the reader may not open it: the refusal is audited.</summary>
    public sealed record Forbidden(PackVersionSummary Version) : PackOpening;
}

/// <summary>A frozen version as the list shows it.</summary>
public sealed record PackVersionSummary(int Number, DateTime FrozenAtUtc, string FrozenBy, DateOnly CutoffDate, PackAudience Audience);

/// <summary>
/// A frozen version with the content it stored and its figures as disclosed for its audience (<see cref="Content"/> holds no
/// figure of its own); <see cref="Papers"/> is null for a version frozen before the pack kept its agenda and commendations.
/// </summary>
public sealed record FrozenPack(PackVersionSummary Version, ConferenceReportContent Content, ConferenceReportFigures Figures, PackPapers? Papers);

/// <summary>The conference record with its agenda, and the approved commendations in reading order, as a version froze them.</summary>
public sealed record PackPapers(ConferenceDetail Conference, IReadOnlyList<CommendationRow> Approved)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static PackPapers FromJson(string json) =>
        JsonSerializer.Deserialize<PackPapers>(json, JsonOptions) ?? throw new JsonException("A frozen pack holds no papers.");
}

/// <summary>
/// Freezes a conference's pack: the review report compiled now, with its figures disclosed for the audience chosen, the agenda
/// and the approved commendations are stored as a new numbered version; the old versions are kept unchanged, so that the pack
/// read at the conference stays what it was whatever happens to the live data afterwards, and reads the same to every reader.
/// </summary>
public sealed class PackService(
    IDbContextFactory<SteeringDbContext> factory,
    ConferenceReportQueries review,
    ConferenceQueries conferences,
    CommendationQueries commendations,
    AccessGuard guard,
    IOptions<PrivacyOptions> privacy,
    TimeProvider clock)
{
    /// <summary>Freezes a version for <paramref name="audience"/>: only a caller who may open the committee's pack freezes one for it.</summary>
    public async Task<FreezeOutcome> FreezeAsync(Caller caller, int conferenceId, PackAudience audience, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(audience))
        {
            throw new ArgumentOutOfRangeException(nameof(audience), audience, "A pack version is for the committee or the public.");
        }

        var target = string.Create(CultureInfo.InvariantCulture, $"conference {conferenceId} pack");
        var actor = await guard.AuthorizeAsync(caller, SteeringAction.ManageConference, unitId: null, target, cancellationToken);
        if (actor is not null && audience == PackAudience.Committee)
        {
            actor = await guard.AuthorizeAsync(caller, SteeringAction.ReadCommitteePack, unitId: null, target, cancellationToken);
        }

        if (actor is null)
        {
            return new FreezeOutcome.Forbidden();
        }

        var content = await review.CompileAsync(conferenceId, cancellationToken);
        var conference = await conferences.LoadAsync(conferenceId, cancellationToken);
        if (content is null || conference is null)
        {
            return new FreezeOutcome.NotFound();
        }

        var approved = (await commendations.ListAsync(conferenceId, cancellationToken))?.ReadingList ?? [];

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
            Audience = audience,
            ContentJson = content.WithoutFigureSums().ToJson(),
            FiguresJson = ConferenceReportFigures.Disclose(content, audience.Disclosure(privacy.Value.VictimThreshold)).ToJson(),
            PapersJson = new PackPapers(conference, approved).ToJson(),
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
            .Select(p => new PackVersionSummary(p.Number, p.FrozenAtUtc, p.FrozenBy, p.CutoffDate, p.Audience))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// One frozen version as it was stored, for <paramref name="reader"/>: a committee version only when the reader's account,
    /// as stored now, may open it (a refusal is audited).
    /// </summary>
    public async Task<PackOpening> OpenAsync(Caller reader, int conferenceId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var stored = await db.PackVersions.Where(p => p.ConferenceId == conferenceId && p.Number == number)
            .Select(p => new
            {
                Summary = new PackVersionSummary(p.Number, p.FrozenAtUtc, p.FrozenBy, p.CutoffDate, p.Audience),
                p.ContentJson,
                p.FiguresJson,
                p.PapersJson,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return new PackOpening.NotFound();
        }

        if (stored.Summary.Audience == PackAudience.Committee
            && await guard.AuthorizeAsync(
                reader,
                SteeringAction.ReadCommitteePack,
                unitId: null,
                string.Create(CultureInfo.InvariantCulture, $"conference {conferenceId} pack version {number}"),
                cancellationToken) is null)
        {
            return new PackOpening.Forbidden(stored.Summary);
        }

        var content = ConferenceReportContent.FromJson(stored.ContentJson);
        var figures = stored.FiguresJson is { } json
            ? ConferenceReportFigures.FromJson(json)
            : ConferenceReportFigures.Disclose(content, stored.Summary.Audience.Disclosure(privacy.Value.VictimThreshold));
        return new PackOpening.Opened(
            new FrozenPack(stored.Summary, content, figures, stored.PapersJson is { } papers ? PackPapers.FromJson(papers) : null));
    }
}
