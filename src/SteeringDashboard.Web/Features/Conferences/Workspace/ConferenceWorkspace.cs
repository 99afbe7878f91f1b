using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Features.Conferences.Workspace;

/// <summary>
/// What the sections of one open conference page share: the conference as last loaded, the version of each section as its
/// editor loaded it, the forms that a reload replaces (the record and the invited units), and the save in progress.
/// </summary>
public sealed class ConferenceWorkspace(
    ConferenceQueries queries, IStringLocalizer<ConferenceText> text, Caller caller, bool mayEdit, Action changed)
{
    public ConferenceDetail Detail { get; private set; } = default!;

    /// <summary>
    /// Each section's version as the editor last saw that section: a save of one section moves only that section's, so a
    /// reload that shows another person's change elsewhere never lets this editor's older form of that section overwrite it.
    /// </summary>
    public ConferenceVersions Versions { get; private set; } = default!;

    public bool MayEdit => mayEdit;

    public Caller Caller => caller;

    public bool Busy { get; private set; }

    public string? Alert { get; private set; }

    public ConferenceRecordForm Record { get; private set; } = new();

    public HashSet<int> Invited { get; private set; } = [];

    /// <summary>Shows <paramref name="detail"/> in every section, with its versions and fresh forms.</summary>
    public void Show(ConferenceDetail detail)
    {
        Detail = detail;
        Versions = detail.Versions;
        Record = ConferenceRecordForm.From(detail);
        Invited = [.. detail.InvitedUnitIds];
    }

    /// <summary>
    /// Saves <paramref name="section"/> through <paramref name="write"/> with that section's version; on success reloads and
    /// returns true. Validation errors go to <paramref name="showErrors"/>; a conflict (the section changed by someone else:
    /// its fresh data and version replace the editor's), a refusal or a vanished item is explained in <see cref="Alert"/>.
    /// </summary>
    public async Task<bool> SaveAsync(
        ConferenceSection section, Func<Guid, Task<ConferenceOutcome>> write, Action<IReadOnlyList<ConferenceError>> showErrors)
    {
        if (Busy)
        {
            return false;
        }

        Busy = true;
        Alert = null;
        changed();
        try
        {
            var outcome = await write(Versions.Of(section));
            showErrors(outcome is ConferenceOutcome.Invalid invalid ? invalid.Errors : []);
            switch (outcome)
            {
                case ConferenceOutcome.Saved saved:
                    await ReloadAsync(section, saved.Version);
                    return true;
                case ConferenceOutcome.Conflict:
                    Alert = text["Conflict"];
                    await ReloadAsync(section, version: null);
                    return false;
                case ConferenceOutcome.NotFound:
                    Alert = text["NotFoundChange"];
                    await ReloadAsync(section: null, version: null);
                    return false;
                case ConferenceOutcome.Forbidden:
                    Alert = text["Forbidden"];
                    return false;
                default:
                    return false;
            }
        }
        finally
        {
            Busy = false;
            changed();
        }
    }

    /// <summary>
    /// Loads the conference again. <paramref name="section"/> takes <paramref name="version"/> (its own save's) or, when
    /// null, the loaded one; every other section keeps the version its editor saw.
    /// </summary>
    private async Task ReloadAsync(ConferenceSection? section, Guid? version)
    {
        if (await queries.LoadAsync(Detail.Id) is not { } detail)
        {
            Alert = text["NotFoundChange"];
            return;
        }

        Detail = detail;
        if (section is not { } written)
        {
            return;
        }

        Versions = Versions.With(written, version ?? detail.Versions.Of(written));
        if (written == ConferenceSection.Record)
        {
            Record = ConferenceRecordForm.From(detail);
        }
        else if (version is null && written == ConferenceSection.Invitations)
        {
            // Unsaved ticks stay through a save of an invitee; a conflict shows the invitations as stored.
            Invited = [.. detail.InvitedUnitIds];
        }
    }
}
