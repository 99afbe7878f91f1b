using System.Globalization;
using SteeringDashboard.Core.Live;

namespace SteeringDashboard.Web.Components.Shared;

/// <summary>
/// Keeps one screen live, the same way on every screen: it subscribes to saved changes, hands each to the circuit's
/// renderer, restores the circuit's language (the notifier runs without any circuit's context), asks the screen whether
/// the change concerns it, and reloads: one reload at a time, so a burst of changes costs at most one more; a new load
/// (<see cref="BeginAsync"/>) or disposal cancels a reload under way, so an older answer never replaces a newer one. While
/// the circuit's browser is disconnected it only remembers that the screen is stale, and reloads once when it comes back.
/// Create it in <c>OnInitialized</c>, before the first load, so no change slips in between the load and the subscription.
/// </summary>
public sealed class LiveRefresh : IDisposable
{
    private readonly CircuitConnection _connection;
    private readonly Func<Func<Task>, Task> _invoke;
    private readonly Func<Exception, Task> _report;
    private readonly Func<DataChange, bool> _concerns;
    private readonly Func<DataChange?, CancellationToken, Task> _reload;
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly IDisposable _subscription;
    private CancellationTokenSource? _load;

    // Touched only on the renderer's dispatcher (every entry point marshals with the component's InvokeAsync), so no lock.
    private bool _loaded;
    private bool _requested;
    private bool _reloading;
    private bool _missed;
    private bool _disposed;
    private DataChange? _latestChange;

    /// <param name="invoke">The component's <c>InvokeAsync</c>: runs on its renderer's dispatcher.</param>
    /// <param name="report">The component's <c>DispatchExceptionAsync</c>: a failed reload goes to the error boundary.</param>
    /// <param name="concerns">Whether a change alters what the screen shows; called on the dispatcher.</param>
    /// <param name="reload">Loads the screen's data again and renders it; the change is null when the screen itself asked.</param>
    public LiveRefresh(
        ChangeNotifier notifier,
        CircuitConnection connection,
        Func<Func<Task>, Task> invoke,
        Func<Exception, Task> report,
        Func<DataChange, bool> concerns,
        Func<DataChange?, CancellationToken, Task> reload)
    {
        _connection = connection;
        _invoke = invoke;
        _report = report;
        _concerns = concerns;
        _reload = reload;
        _connection.Restored += OnRestored;
        _subscription = notifier.Subscribe(OnChangedAsync);
    }

    /// <summary>
    /// Starts a load of the screen (its first, or for a new selection): cancels the load or reload under way, whose answer
    /// is now older, and returns the new load's cancellation. Changes arriving during the load ask for one reload after it.
    /// </summary>
    public async Task<CancellationToken> BeginAsync()
    {
        if (_load is not null)
        {
            await _load.CancelAsync();
            _load.Dispose();
        }

        _load = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        _loaded = false;

        // A change published from here on comes after this load began; it may or may not be in its answer, so only those
        // ask for a reload once the load is done.
        _requested = false;
        return _load.Token;
    }

    /// <summary>The load begun last has shown its answer: from now on changes reload it.</summary>
    public void Loaded()
    {
        _loaded = true;
        StartIfRequested();
    }

    /// <summary>Reloads the screen, e.g. after its own save.</summary>
    public void Request()
    {
        _requested = true;
        _latestChange = null;
        StartIfRequested();
    }

    /// <summary>From the notifier's task: hands the change to the dispatcher and returns without waiting for the reload.</summary>
    private Task OnChangedAsync(DataChange change) => _invoke(() =>
    {
        if (_disposed)
        {
            return Task.CompletedTask;
        }

        // The reload and its render must use this circuit's language, not the process default the notifier's task has.
        RestoreCulture();
        if (!change.IsCatchUp && !_concerns(change))
        {
            return Task.CompletedTask;
        }

        // A catch-up is nobody's change: the screen says it refreshed, not after whose save.
        _latestChange = change.IsCatchUp ? null : change;
        if (!_connection.IsUp)
        {
            // Nobody sees this screen now: catch up once when the browser comes back.
            _missed = true;
            return Task.CompletedTask;
        }

        _requested = true;
        StartIfRequested();
        return Task.CompletedTask;
    });

    private void OnRestored() => _ = _invoke(() =>
    {
        if (_disposed || !_missed)
        {
            return Task.CompletedTask;
        }

        RestoreCulture();
        _missed = false;
        _requested = true;
        StartIfRequested();
        return Task.CompletedTask;
    });

    private void RestoreCulture()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }

    private void StartIfRequested()
    {
        if (_requested && _loaded && !_reloading && !_disposed && _load is not null)
        {
            _ = ReloadAsync(_load.Token);
        }
    }

    /// <summary>Reloads, again while changes keep arriving; a new load or disposal cancels it.</summary>
    private async Task ReloadAsync(CancellationToken cancellation)
    {
        _reloading = true;
        try
        {
            while (_requested && !cancellation.IsCancellationRequested)
            {
                _requested = false;
                await _reload(_latestChange, cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The user moved to another selection, or left: that load has the newer answer.
        }
        catch (Exception exception)
        {
            // The screen still shows the last good data; the error boundary tells the user this refresh failed.
            await _report(exception);
        }
        finally
        {
            _reloading = false;
        }

        // A change that came while this reload was being cancelled belongs to the load shown now.
        StartIfRequested();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _connection.Restored -= OnRestored;
        _subscription.Dispose();
        _lifetime.Cancel();
        _lifetime.Dispose();
        _load?.Dispose();
    }
}
