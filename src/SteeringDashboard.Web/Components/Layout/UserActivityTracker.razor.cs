using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Components.Layout;

/// <summary>
/// Reports the person's own use of the page (presses, keys, scrolling) to the circuit's <see cref="CircuitActivity"/>, at
/// most once per <see cref="ReportInterval"/>; renders nothing.
/// </summary>
public sealed partial class UserActivityTracker
{
    private const string ModulePath = "./Components/Layout/UserActivityTracker.razor.js";

    /// <summary>Often enough against an idle timeout of minutes, rarely enough to cost nothing.</summary>
    public static readonly TimeSpan ReportInterval = TimeSpan.FromSeconds(30);

    private DotNetObjectReference<CircuitActivity>? _reference;
    private IJSObjectReference? _tracking;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private CircuitActivity Activity { get; set; } = default!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _reference = DotNetObjectReference.Create(Activity);
        await using var module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
        _tracking = await module.InvokeAsync<IJSObjectReference>("track", _reference, ReportInterval.TotalMilliseconds);
    }

    public async ValueTask DisposeAsync()
    {
        if (_tracking is not null)
        {
            try
            {
                await _tracking.InvokeVoidAsync("dispose");
                await _tracking.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser has gone, and its listeners with it.
            }
        }

        _reference?.Dispose();
    }
}
