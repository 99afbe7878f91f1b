using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Conferences;

/// <summary>The conferences of the committee (the plan's mid-year review among them), each linking to its workspace; the secretariat starts a new one here.</summary>
public sealed partial class ConferenceListPage
{
    private IReadOnlyList<ConferenceSummary>? _conferences;
    private bool _mayCreate;

    [Inject]
    private ConferenceQueries Conferences { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _mayCreate = await CurrentUser.MayAsync(SteeringAction.ManageConference);
        _conferences = await Conferences.ListAsync();
    }
}
