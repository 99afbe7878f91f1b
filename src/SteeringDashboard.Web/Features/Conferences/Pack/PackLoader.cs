using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Conferences.ConferenceReport;

namespace SteeringDashboard.Web.Features.Conferences.Pack;

/// <summary>
/// What the conference pack holds for one reader: the conference with its agenda, the review report of the version asked for
/// (null when the pack has no such version, or when <see cref="Refused"/>), which frozen version it is (null: the live report),
/// and the approved commendations in reading order. A frozen version is the document it stored for its audience, the same for
/// every reader who may open it; the live report is disclosed for the reader. A frozen version prints its own agenda and
/// commendations; only a version frozen before the pack kept them shows them as they stand now, and <see cref="LivePapers"/>
/// says so.
/// </summary>
public sealed record PackContent(
    ConferenceDetail Detail,
    ConferenceReportDisplay? Display,
    PackVersionSummary? Frozen,
    IReadOnlyList<CommendationRow> Approved,
    bool LivePapers,
    PackVersionSummary? Refused = null);

/// <summary>Loads the pack the same way for the print view and the table export, so that a file holds what the paper shows.</summary>
public sealed class PackLoader(
    ConferenceQueries conferences, ConferenceReportQueries review, PackService packs, CommendationQueries commendations, PrivacyOptions privacy)
{
    /// <summary>
    /// The pack of version <paramref name="version"/>, else of the latest frozen version the reader may open (else the latest,
    /// refused), else of the report compiled now; null when there is no such conference. A committee version is opened only for
    /// a reader whose account, as stored now, may open it; a refusal is audited with <paramref name="address"/>.
    /// </summary>
    public async Task<PackContent?> LoadAsync(int conferenceId, int? version, Actor reader, string? address, CancellationToken cancellationToken = default)
    {
        if (await conferences.LoadAsync(conferenceId, cancellationToken) is not { } detail)
        {
            return null;
        }

        var versions = await packs.ListAsync(conferenceId, cancellationToken);
        var number = version ?? (versions.FirstOrDefault(v => PackAudiences.MayOpen(reader, v.Audience)) ?? (versions.Count > 0 ? versions[0] : null))?.Number;
        if (number is not { } wanted)
        {
            var content = await review.CompileAsync(conferenceId, cancellationToken);
            var live = content is null ? null : ConferenceReportDisplay.Build(content, FigureDisclosure.For(reader, privacy));
            return new PackContent(detail, live, Frozen: null, await ApprovedAsync(conferenceId, cancellationToken), LivePapers: false);
        }

        switch (await packs.OpenAsync(new Caller(reader.UserId, address), conferenceId, wanted, cancellationToken))
        {
            case PackOpening.Opened { Pack: var pack }:
                return pack.Papers is { } papers
                    ? new PackContent(papers.Conference, ConferenceReportDisplay.Of(pack), pack.Version, papers.Approved, LivePapers: false)
                    : new PackContent(detail, ConferenceReportDisplay.Of(pack), pack.Version, await ApprovedAsync(conferenceId, cancellationToken), LivePapers: true);
            case PackOpening.Forbidden { Version: var refused }:
                return new PackContent(detail, Display: null, Frozen: null, Approved: [], LivePapers: false, refused);
            default:
                return new PackContent(detail, Display: null, Frozen: null, Approved: [], LivePapers: false);
        }
    }

    private async Task<IReadOnlyList<CommendationRow>> ApprovedAsync(int conferenceId, CancellationToken cancellationToken) =>
        (await commendations.ListAsync(conferenceId, cancellationToken))?.ReadingList ?? [];
}
