using MudBlazor;

namespace SteeringDashboard.Web.Components.Layout;

/// <summary>
/// The app's one theme, rendered as a stylesheet by the page itself (<c>App.razor</c>), once per page load and outside the
/// circuits. In the layout, every open screen held its own <see cref="MudTheme"/> (232 colour objects) and the stylesheet
/// MudBlazor builds from it, twice: about 80 KB of a dashboard circuit's 1.1 MB (docs/performance.md, "Lighter screens").
/// </summary>
public static class AppTheme
{
    // MudBlazor's default status colours fall below WCAG AA contrast for text (4.5:1); these shades
    // pass on white, on their own light tints (text alerts, chips) and under white text (filled).
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Info = "#1565C0",
            Success = "#2E7D32",
            Warning = "#9A5B00",
            Error = "#C62828",
        },
    };
}
