using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Features.Conference;

/// <summary>
/// What the conference pack holds for one reader: the conference with its agenda, the review report of the version asked for
/// (null when the pack has no such version) disclosed for the reader, which frozen version it is (null: the live report), and
/// the approved commendations in reading order. A frozen version prints its own agenda and commendations; only a version frozen
/// before the pack kept them shows them as they stand now, and <see cref="LivePapers"/> says so.
/// </summary>
public sealed record PackContent(
    ConferenceDetail Detail, ReviewDisplay? Display, PackVersionSummary? Frozen, IReadOnlyList<CommendationRow> Approved, bool LivePapers);

/// <summary>Loads the pack the same way for the print view and the table export, so that a file holds what the paper shows.</summary>
public sealed class PackLoader(
    ConferenceQueries conferences, ReviewQueries review, PackService packs, CommendationQueries commendations, IOptions<PrivacyOptions> privacy)
{
    /// <summary>
    /// The pack of version <paramref name="version"/>, else of the latest frozen version, else of the report compiled now;
    /// null when there is no such conference.
    /// </summary>
    public async Task<PackContent?> LoadAsync(int conferenceId, int? version, Actor? reader, CancellationToken cancellationToken = default)
    {
        if (await conferences.LoadAsync(conferenceId, cancellationToken) is not { } detail)
        {
            return null;
        }

        var number = version;
        if (number is null && await packs.ListAsync(conferenceId, cancellationToken) is [var latest, ..])
        {
            number = latest.Number;
        }

        ReviewContent? content;
        PackVersionSummary? frozen = null;
        PackPapers? papers = null;
        if (number is { } wanted)
        {
            var pack = await packs.LoadAsync(conferenceId, wanted, cancellationToken);
            (content, frozen, papers) = (pack?.Content, pack?.Version, pack?.Papers);
        }
        else
        {
            content = await review.CompileAsync(conferenceId, cancellationToken);
        }

        var display = content is null ? null : ReviewDisplay.Build(content, FigureDisclosure.For(reader, privacy.Value));
        if (papers is not null)
        {
            return new PackContent(papers.Conference, display, frozen, papers.Approved, LivePapers: false);
        }

        var approved = (await commendations.ListAsync(conferenceId, cancellationToken))?.ReadingList ?? [];
        return new PackContent(detail, display, frozen, approved, LivePapers: frozen is not null);
    }
}
