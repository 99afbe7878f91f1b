using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Web.Features.Conference;

/// <summary>The conferences of the committee (the plan's mid-year review among them), each linking to its workspace.</summary>
public sealed partial class ConferenceListPage
{
    private IReadOnlyList<ConferenceSummary>? _conferences;

    [Inject]
    private ConferenceQueries Conferences { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _conferences = await Conferences.ListAsync();
}
