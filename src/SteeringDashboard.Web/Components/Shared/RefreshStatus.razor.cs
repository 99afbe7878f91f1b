using System.Globalization;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core;

namespace SteeringDashboard.Web.Components.Shared;

/// <summary>When the screen's data was last read, in Ha Noi time, and whose change caused it if it was a live refresh.</summary>
public partial class RefreshStatus
{
    /// <summary>When the data was read (UTC); nothing shows while it is null.</summary>
    [Parameter, EditorRequired]
    public DateTime? RefreshedAtUtc { get; set; }

    /// <summary>Who saved the change that caused the refresh; null when the user's own navigation loaded the data.</summary>
    [Parameter]
    public string? ChangedBy { get; set; }

    private DateTime HanoiRefreshedAt => HanoiTime.ToHanoi(RefreshedAtUtc.GetValueOrDefault());

    private string TimeText => HanoiRefreshedAt.ToString("HH:mm:ss", CultureInfo.CurrentCulture);

    // The date too: a screen left open overnight, or one showing a past as-of date, must not pass for today's.
    private string DateText => HanoiRefreshedAt.ToString("d", CultureInfo.CurrentCulture);
}
