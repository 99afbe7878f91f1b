using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Conferences.Workspace;

/// <summary>
/// A conference's workspace: the record, the agenda with its documents, the preparation checklist and the invitations,
/// one component a section sharing a <see cref="ConferenceWorkspace"/>. The secretariat (ManageConference) edits every
/// section; everyone else reads it and downloads the documents.
/// </summary>
public sealed partial class ConferencePage
{
    private ConferenceWorkspace? _workspace;
    private bool _mayEdit;

    /// <summary>The conference to show, from the route.</summary>
    [Parameter]
    public int Id { get; set; }

    [Inject]
    private ConferenceQueries Queries { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ConferenceText> L { get; set; } = default!;

    protected override async Task BeforeLoadAsync() => _mayEdit = await CurrentUser.MayAsync(SteeringAction.ManageConference);

    /// <summary>
    /// Readers see the secretariat's changes as they are saved. Editors are not reloaded under their typing: the versions
    /// they loaded stay, so a save after someone else's change of the same section is reported as a conflict instead of overwriting it.
    /// </summary>
    protected override bool ConcernsChange(DataChange change) =>
        !_mayEdit && change.Kind == ChangeKind.Conference && _workspace is { } shown && change.PlanId == shown.Detail.PlanId;

    protected override async Task LoadAsync(CancellationToken cancellation)
    {
        if (await Queries.LoadAsync(Id, cancellation) is not { } detail)
        {
            _workspace = null;
            return;
        }

        var workspace = _workspace?.Detail.Id == Id
            ? _workspace
            : new ConferenceWorkspace(Queries, L, await CurrentUser.CallerAsync(), _mayEdit, StateHasChanged);
        workspace.Show(detail);
        _workspace = workspace;
    }
}
