using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Web.Features.Conferences;

/// <summary>The fields of a conference record (title, venue, chair, date, period, cut-off), for creating one and editing it.</summary>
public sealed partial class ConferenceRecordFields : ComponentBase
{
    [Inject]
    private IStringLocalizer<ConferenceText> L { get; set; } = default!;

    /// <summary>The values, bound both ways.</summary>
    [Parameter, EditorRequired]
    public ConferenceRecordForm Form { get; set; } = default!;

    /// <summary>The errors of the last save, shown under their fields.</summary>
    [Parameter]
    public IReadOnlyList<ConferenceError> Errors { get; set; } = [];

    private string? ErrorText(params ConferenceError[] codes) => ConferenceErrorText.Of(L, Errors, codes);
}
