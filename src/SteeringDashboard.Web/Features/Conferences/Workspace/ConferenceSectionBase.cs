using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Web.Features.Conferences.Workspace;

/// <summary>A section of the conference page: it shows the workspace's conference and saves its own part through it.</summary>
public abstract class ConferenceSectionBase : ComponentBase
{
    /// <summary>The open conference, shared by the page's sections.</summary>
    [Parameter, EditorRequired]
    public ConferenceWorkspace Workspace { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<ConferenceText> L { get; set; } = default!;

    [Inject]
    protected ConferenceService Service { get; set; } = default!;

    protected ConferenceDetail Detail => Workspace.Detail;

    protected string? ErrorText(IReadOnlyList<ConferenceError> errors, params ConferenceError[] codes) => ConferenceErrorText.Of(L, errors, codes);
}
