using Microsoft.AspNetCore.Components;

namespace SteeringDashboard.Web.Components.Shared;

/// <summary>
/// A figure that is briefly highlighted when it differs from the value it showed before, as when a live refresh
/// brings someone's change. The first value is not highlighted: a page that just opened has nothing that changed.
/// </summary>
public sealed partial class ChangeHighlight : IDisposable
{
    /// <summary>How long the highlight lasts; the CSS animation in ChangeHighlight.razor.css runs as long.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(3);

    private string? _shown;
    private bool _highlighted;
    private int _changes;
    private CancellationTokenSource? _fading;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    /// <summary>The figure, already formatted in the current culture.</summary>
    [Parameter, EditorRequired]
    public string Value { get; set; } = "";

    protected override void OnParametersSet()
    {
        if (_shown is not null && _shown != Value)
        {
            _highlighted = true;
            _changes++;
            _ = FadeAsync();
        }

        _shown = Value;
    }

    /// <summary>Removes the class once the animation is over, so that a later change animates again.</summary>
    private async Task FadeAsync()
    {
        _fading?.Cancel();
        _fading?.Dispose();
        _fading = new CancellationTokenSource();
        var cancellation = _fading.Token;
        try
        {
            await Task.Delay(Duration, Clock, cancellation);
        }
        catch (OperationCanceledException)
        {
            // A newer change restarted the highlight, or the figure left the page.
            return;
        }

        _highlighted = false;
        StateHasChanged();
    }

    public void Dispose()
    {
        _fading?.Cancel();
        _fading?.Dispose();
    }
}
