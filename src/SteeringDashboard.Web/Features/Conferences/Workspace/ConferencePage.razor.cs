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
public sealed partial class ConferencePage : IDisposable
{
    private ConferenceWorkspace? _workspace;
    private bool _loaded;
    private bool _mayEdit;
    private LiveRefresh? _liveRefresh;

    /// <summary>The conference to show, from the route.</summary>
    [Parameter]
    public int Id { get; set; }

    [Inject]
    private ConferenceQueries Queries { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ChangeNotifier Notifier { get; set; } = default!;

    [Inject]
    private CircuitConnection Connection { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ConferenceText> L { get; set; } = default!;

    protected override void OnInitialized() =>
        _liveRefresh = new LiveRefresh(Notifier, Connection, InvokeAsync, DispatchExceptionAsync, Concerns, async (_, cancellation) =>
        {
            await LoadAsync(cancellation);
            StateHasChanged();
        });

    protected override async Task OnParametersSetAsync()
    {
        var cancellation = await _liveRefresh!.BeginAsync();
        _mayEdit = await CurrentUser.MayAsync(SteeringAction.ManageConference);
        try
        {
            await LoadAsync(cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Superseded by another conference's load, or the page was closed.
            return;
        }

        _loaded = true;
        _liveRefresh.Loaded();
    }

    public void Dispose() => _liveRefresh?.Dispose();

    /// <summary>
    /// Readers see the secretariat's changes as they are saved. Editors are not reloaded under their typing: the versions
    /// they loaded stay, so a save after someone else's change of the same section is reported as a conflict instead of overwriting it.
    /// </summary>
    private bool Concerns(DataChange change) =>
        !_mayEdit && change.Kind == ChangeKind.Conference && _workspace is { } shown && change.PlanId == shown.Detail.PlanId;

    private async Task LoadAsync(CancellationToken cancellation)
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
