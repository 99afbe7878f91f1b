using Microsoft.Extensions.Localization;
using MudBlazor;

namespace SteeringDashboard.Web.Localization;

/// <summary>Marker for MudBlazor's own labels (pager, sorting, date picker, close buttons) in the app's languages.</summary>
public sealed class MudBlazorText;

/// <summary>Gives MudBlazor's components their labels from <see cref="MudBlazorText"/>; keys it lacks fall back to MudBlazor's English.</summary>
public sealed class ResourceMudLocalizer(IStringLocalizer<MudBlazorText> text) : MudLocalizer
{
    public override LocalizedString this[string key] => text[key];
}
