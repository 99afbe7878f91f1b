using Microsoft.AspNetCore.Components;

namespace SteeringDashboard.Web.Components.Shared;

/// <summary>
/// Catches a failure in its content and shows a localized message with a "Try again" button
/// instead of the exception: the details go to the log only.
/// </summary>
public partial class FriendlyErrorBoundary
{
    [Inject]
    private ILogger<FriendlyErrorBoundary> Logger { get; set; } = default!;

    // Replaces the framework's logger, which in Development also sends the details to the browser console.
    protected override Task OnErrorAsync(Exception exception)
    {
        Logger.LogError(exception, "A part of the page failed to render and shows the error message instead");
        return Task.CompletedTask;
    }
}
