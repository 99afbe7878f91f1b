using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace SteeringDashboard.Web.Components.Charts;

/// <summary>
/// A Chart.js 4 chart drawn from a <see cref="ChartSpec"/>. It is created after the first render and destroyed with the
/// component. The spec travels in the canvas's <c>data-spec</c> attribute (<see cref="ChartSpec.Json"/>), and the chart
/// module redraws the chart in place whenever a render changes that attribute: a live change reaches every open chart in
/// the render batch that carries it, with no JavaScript call per chart, per circuit.
/// </summary>
public sealed partial class ChartCanvas : ComponentBase, IAsyncDisposable
{
    /// <summary>Where the module is served from; the build copies it from wwwroot-assets/js.</summary>
    public const string ModulePath = "./lib/app/charts.js";

    private ElementReference _canvas;
    private ElementReference _image;
    private IJSObjectReference? _module;
    private DotNetObjectReference<ChartCanvas>? _selfReference;
    private Task? _creation;
    private int? _handle;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>What to draw. A new instance with equal contents changes nothing in the page, so it does not redraw.</summary>
    [Parameter, EditorRequired]
    public ChartSpec Spec { get; set; } = default!;

    /// <summary>
    /// The chart's accessible name, read by screen readers in place of the picture: say what it shows
    /// (for example "Assignments by status, by district").
    /// </summary>
    [Parameter, EditorRequired]
    public string AccessibleName { get; set; } = "";

    /// <summary>The CSS height of the chart; its width follows the container.</summary>
    [Parameter]
    public string Height { get; set; } = "320px";

    /// <summary>
    /// Whether the chart is part of a printed document: it is then drawn without animation, and every drawing is also copied
    /// to an image that print media show in place of the canvas.
    /// </summary>
    [Parameter]
    public bool ForPrint { get; set; }

    /// <summary>Raised when the user clicks a bar or a point.</summary>
    [Parameter]
    public EventCallback<ChartPointClick> OnPointClick { get; set; }

    protected override void OnParametersSet()
    {
        ArgumentNullException.ThrowIfNull(Spec);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _creation = CreateAsync();
            await _creation;
        }
    }

    [JSInvokable]
    public Task OnPointClicked(int datasetIndex, int index)
    {
        // The labels of the spec last rendered, which the browser's chart draws.
        var labels = Spec.Labels;
        if (index < 0 || index >= labels.Count)
        {
            return Task.CompletedTask;
        }

        return OnPointClick.InvokeAsync(new ChartPointClick(datasetIndex, index, labels[index]));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // A chart still being created when the component goes away is destroyed once it exists.
            if (_creation is not null)
            {
                await _creation;
            }

            if (_module is not null)
            {
                if (_handle is { } handle)
                {
                    await _module.InvokeVoidAsync("destroy", handle);
                }

                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone, and the browser's page with it: there is no chart left to destroy.
        }

        _selfReference?.Dispose();
    }

    private async Task CreateAsync()
    {
        _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
        _selfReference = DotNetObjectReference.Create(this);
        _handle = await _module.InvokeAsync<int>("create", _canvas, _selfReference, ForPrint ? _image : null);
    }
}
