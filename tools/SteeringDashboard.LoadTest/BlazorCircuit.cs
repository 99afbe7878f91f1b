using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SteeringDashboard.LoadTest;

/// <summary>
/// One interactive screen, held as blazor.web.js holds it but without a DOM: a SignalR connection to /_blazor speaking
/// "blazorpack", StartCircuit then UpdateRootComponents with the prerendered page's markers (a .NET 8+ Blazor Web App),
/// every render batch acknowledged (OnRenderCompleted) when it arrives, and every JavaScript call answered as a success
/// (a module import with an object reference, everything else with null) so that no component waits on a browser.
/// It records when each render batch arrived.
/// </summary>
public sealed class BlazorCircuit : IAsyncDisposable
{
    // JSCallResultType.JSObjectReference: the caller expects an IJSObjectReference (e.g. a module import).
    private const int ObjectReferenceResult = 1;

    // The answers a browser gives that a .NET caller cannot take as null: the chart module's "create" returns the chart's
    // number, and MudBlazor reads a flag, a count, the window's size and an element's box (a desktop browser's). Every other
    // call is answered with null, which any reference type and void accept. A null the caller cannot read would fail the
    // call on the server with a JSException, which no browser causes.
    private static readonly Dictionary<string, string> ValueAnswers = new(StringComparer.Ordinal)
    {
        ["create"] = "1",
        ["window.hasOwnProperty"] = "true",
        ["mudpopoverHelper.countProviders"] = "1",
        ["mudResizeListener.getBrowserWindowSize"] = """{"height":900,"width":1440}""",
        ["mudElementRef.getBoundingClientRect"] = """{"top":0,"left":0,"width":200,"height":40,"windowHeight":900,"windowWidth":1440,"scrollX":0,"scrollY":0}""",
    };

    private readonly HubConnection _hub;
    private readonly AppSession _session;
    private readonly Lock _lock = new();
    private readonly List<long> _batchesAt = [];
    private readonly TaskCompletionSource _firstBatch = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextObjectId;
    private string? _circuitId;

    private BlazorCircuit(AppSession session, ILoggerProvider problems)
    {
        _session = session;
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(session.BaseAddress, "_blazor"), options =>
            {
                options.Cookies = session.Cookies;
                options.Transports = HttpTransportType.WebSockets;
            })
            .ConfigureLogging(logging => logging.AddProvider(problems));
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        _hub = builder.Build();

        _hub.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        _hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], OnBeginInvokeJSAsync);
        _hub.On<string>("JS.Error", error => Error ??= error);
        // The browser attaches a root component's output to its DOM here; without a DOM there is nothing to do.
        _hub.On<int, string>("JS.AttachComponent", (_, _) => { });
        _hub.On<long>("JS.EndUpdateRootComponents", _ => { });
        _hub.Closed += exception =>
        {
            Error ??= "connection closed" + (exception is null ? string.Empty : ": " + exception.Message);
            _firstBatch.TrySetResult();
            return Task.CompletedTask;
        };
    }

    /// <summary>Why the circuit stopped (the server's JS.Error, or the connection closing), or null while it runs.</summary>
    public string? Error { get; private set; }

    /// <summary>When the last render batch arrived (a <see cref="Stopwatch"/> timestamp), 0 before any.</summary>
    public long LastBatchAt
    {
        get
        {
            lock (_lock)
            {
                return _batchesAt.Count == 0 ? 0 : _batchesAt[^1];
            }
        }
    }

    /// <summary>
    /// Opens the circuit for <paramref name="route"/> from <paramref name="page"/>'s markers and waits for its first render
    /// batch (the interactive render of the prerendered components); throws when none came within <paramref name="timeout"/>.
    /// </summary>
    public static async Task<BlazorCircuit> StartAsync(
        AppSession session, PrerenderedPage page, string route, ILoggerProvider problems, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var circuit = new BlazorCircuit(session, problems);
        try
        {
            await circuit.StartCoreAsync(page, route, timeout, cancellationToken);
            return circuit;
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    /// <summary>When the first render batch at or after <paramref name="since"/> arrived, or null when none did.</summary>
    public long? FirstBatchAtOrAfter(long since)
    {
        lock (_lock)
        {
            foreach (var at in _batchesAt)
            {
                if (at >= since)
                {
                    return at;
                }
            }
        }

        return null;
    }

    /// <summary>Closes the connection and tells the server to drop the circuit at once, as a browser does when its tab closes.</summary>
    public async ValueTask DisposeAsync()
    {
        await _hub.DisposeAsync();
        if (_circuitId is not null)
        {
            await _session.DisconnectCircuitAsync(_circuitId);
        }
    }

    private async Task StartCoreAsync(PrerenderedPage page, string route, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await _hub.StartAsync(cancellationToken);
        var baseUri = _session.BaseAddress.GetLeftPart(UriPartial.Authority) + "/";
        var uri = new Uri(_session.BaseAddress, route).ToString();
        _circuitId = await _hub.InvokeAsync<string?>("StartCircuit", baseUri, uri, "[]", page.ApplicationState, cancellationToken)
            ?? throw new InvalidOperationException("The server refused to start the circuit" + (Error is null ? "." : $": {Error}"));

        var operations = new JsonArray();
        for (var i = 0; i < page.Markers.Count; i++)
        {
            var marker = page.Markers[i].DeepClone().AsObject();
            marker["uniqueId"] = i;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker });
        }

        var batch = new JsonObject { ["batchId"] = 1, ["operations"] = operations };
        await _hub.SendAsync("UpdateRootComponents", batch.ToJsonString(), page.ApplicationState, cancellationToken);
        await _firstBatch.Task.WaitAsync(timeout, cancellationToken);
        if (Error is not null)
        {
            throw new InvalidOperationException($"The circuit stopped: {Error}");
        }
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] data)
    {
        var at = Stopwatch.GetTimestamp();
        lock (_lock)
        {
            _batchesAt.Add(at);
        }

        _firstBatch.TrySetResult();
        await _hub.SendAsync("OnRenderCompleted", batchId, null);
    }

    private async Task OnBeginInvokeJSAsync(object?[] arguments)
    {
        var taskId = (long)arguments[0]!;
        if (taskId == 0)
        {
            // Fire and forget: .NET does not wait for an answer.
            return;
        }

        var result = (int)arguments[3]! == ObjectReferenceResult
            ? new JsonObject { ["__jsObjectId"] = Interlocked.Increment(ref _nextObjectId) }.ToJsonString()
            : ValueAnswers.GetValueOrDefault((string)arguments[1]!, "null");
        var answer = string.Create(CultureInfo.InvariantCulture, $"[{taskId},true,{result}]");
        await _hub.SendAsync("EndInvokeJSFromDotNet", taskId, true, answer);
    }
}
