using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.JSInterop;
using SteeringDashboard.Web.Components.Charts;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Charts;

public class ChartCanvasTests : BunitContext
{
    private const int Handle = 7;
    private readonly BunitJSModuleInterop _module;

    public ChartCanvasTests()
    {
        this.AddSteeringDefaults();
        _module = JSInterop.SetupModule(ChartCanvas.ModulePath);
        _module.Setup<int>("create", _ => true).SetResult(Handle);
    }

    private static ChartSpec Spec(params double?[] data) => new()
    {
        Labels = ["Ba Đình", "Hoàn Kiếm", "Tây Hồ"],
        Datasets = [new ChartDataset("Overdue", data, ChartPalette.Overdue)],
        Locale = "vi-VN",
    };

    /// <summary>The spec as the chart module reads it: the JSON in the canvas's data-spec attribute.</summary>
    private static JsonElement Drawn<TComponent>(IRenderedComponent<TComponent> cut, int index = 0) where TComponent : IComponent =>
        JsonDocument.Parse(cut.FindAll("canvas")[index].GetAttribute("data-spec")!).RootElement;

    private static double[] DataOf(JsonElement spec) =>
        [.. spec.GetProperty("datasets").EnumerateArray().Single().GetProperty("data").EnumerateArray().Select(value => value.GetDouble())];

    private IRenderedComponent<ChartCanvas> RenderChart(ChartSpec spec, EventCallback<ChartPointClick> onPointClick = default) =>
        Render<ChartCanvas>(parameters => parameters
            .Add(p => p.Spec, spec)
            .Add(p => p.AccessibleName, "Overdue assignments by district")
            .Add(p => p.OnPointClick, onPointClick));

    [Fact]
    public void ImportsTheModuleAndCreatesTheChartWithTheSpecsLabelsAndData()
    {
        var cut = RenderChart(Spec(3, 5, 8));

        var import = JSInterop.VerifyInvoke("import");
        Assert.Equal(ChartCanvas.ModulePath, import.Arguments[0]);
        var create = _module.VerifyInvoke("create");
        Assert.IsType<ElementReference>(create.Arguments[0]);
        Assert.IsType<DotNetObjectReference<ChartCanvas>>(create.Arguments[1]);
        var drawn = Drawn(cut);
        Assert.Equal(["Ba Đình", "Hoàn Kiếm", "Tây Hồ"], drawn.GetProperty("labels").EnumerateArray().Select(label => label.GetString()));
        Assert.Equal([3d, 5d, 8d], DataOf(drawn));
    }

    [Fact]
    public void ANewSpecReachesTheBrowserInTheRenderWithNoCallOfItsOwn()
    {
        var cut = RenderChart(Spec(3, 5, 8));
        var changed = Spec(4, 5, 8);

        cut.Render(parameters => parameters.Add(p => p.Spec, changed));

        Assert.Equal(changed.Json, cut.Find("canvas").GetAttribute("data-spec"));
        Assert.Equal([4d, 5d, 8d], DataOf(Drawn(cut)));
        Assert.All(_module.Invocations, invocation => Assert.Equal("create", invocation.Identifier));
        _module.VerifyInvoke("create", calledTimes: 1);
    }

    [Fact]
    public void ChartsThatOneRenderChangesAllReceiveTheirSpecsInThatRender()
    {
        var cut = Render<TwoCharts>(parameters => parameters.Add(p => p.First, Spec(3, 5, 8)).Add(p => p.Second, Spec(1, 1, 1)));

        cut.Render(parameters => parameters.Add(p => p.First, Spec(4, 5, 8)).Add(p => p.Second, Spec(2, 1, 1)));

        Assert.Equal([[4d, 5d, 8d], [2d, 1d, 1d]], [DataOf(Drawn(cut, 0)), DataOf(Drawn(cut, 1))]);
        _module.VerifyInvoke("create", calledTimes: 2);
        Assert.All(_module.Invocations, invocation => Assert.Equal("create", invocation.Identifier));
    }

    [Fact]
    public void ANewSpecWithTheSameDataLeavesTheCanvasSpecAsItWasAndMakesNoCall()
    {
        var cut = RenderChart(Spec(3, 5, 8));
        var before = cut.Find("canvas").GetAttribute("data-spec");

        cut.Render(parameters => parameters.Add(p => p.Spec, Spec(3, 5, 8)));

        Assert.Equal(before, cut.Find("canvas").GetAttribute("data-spec"));
        _module.VerifyInvoke("create", calledTimes: 1);
    }

    [Fact]
    public async Task DestroysTheChartWhenDisposed()
    {
        RenderChart(Spec(3, 5, 8));

        await DisposeComponentsAsync();

        var destroy = _module.VerifyInvoke("destroy");
        Assert.Equal(Handle, destroy.Arguments[0]);
    }

    [Fact]
    public async Task DisposingAfterTheCircuitIsGoneDoesNotThrow()
    {
        _module.SetupVoid("destroy", _ => true).SetException(new JSDisconnectedException("Circuit gone"));
        RenderChart(Spec(3, 5, 8));

        var disposal = await Record.ExceptionAsync(DisposeComponentsAsync);

        Assert.Null(disposal);
        _module.VerifyInvoke("destroy");
    }

    [Fact]
    public void CanvasIsAnImageWithTheAccessibleName()
    {
        var cut = RenderChart(Spec(3, 5, 8));

        var canvas = cut.Find("canvas");
        Assert.Equal("img", canvas.GetAttribute("role"));
        Assert.Equal("Overdue assignments by district", canvas.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task AClickOnABarReportsTheDatasetAndTheLabel()
    {
        ChartPointClick? clicked = null;
        var cut = RenderChart(Spec(3, 5, 8), EventCallback.Factory.Create<ChartPointClick>(this, click => clicked = click));

        await cut.InvokeAsync(() => cut.Instance.OnPointClicked(0, 2));

        Assert.Equal(new ChartPointClick(0, 2, "Tây Hồ"), clicked);
    }

    [Fact]
    public async Task AClickAfterANewSpecReportsTheLabelOfTheSpecSentToTheBrowser()
    {
        ChartPointClick? clicked = null;
        var cut = RenderChart(Spec(3, 5, 8), EventCallback.Factory.Create<ChartPointClick>(this, click => clicked = click));
        var renamed = Spec(3, 5, 8) with { Labels = ["Ba Vì", "Cầu Giấy", "Đống Đa"] };

        cut.Render(parameters => parameters.Add(p => p.Spec, renamed));
        await cut.InvokeAsync(() => cut.Instance.OnPointClicked(0, 1));

        Assert.Equal(new ChartPointClick(0, 1, "Cầu Giấy"), clicked);
    }

    [Fact]
    public void AChartOnScreenHasNoPrintImage()
    {
        var cut = RenderChart(Spec(3, 5, 8));

        Assert.Empty(cut.FindAll("img"));
        Assert.Null(_module.VerifyInvoke("create").Arguments[2]);
    }

    [Fact]
    public void AChartForPrintHandsItsImageToTheModuleToReceiveEachDrawing()
    {
        var cut = Render<ChartCanvas>(parameters => parameters
            .Add(p => p.Spec, Spec(3, 5, 8))
            .Add(p => p.AccessibleName, "Overdue assignments by district")
            .Add(p => p.ForPrint, true));

        var image = cut.Find("img.chart-print-image");
        Assert.Equal("Overdue assignments by district", image.GetAttribute("alt"));
        Assert.Contains("chart-canvas-print", cut.Find(".chart-canvas").ClassList);
        Assert.IsType<ElementReference>(_module.VerifyInvoke("create").Arguments[2]);
    }

    /// <summary>Two charts drawn by one component, so that one render gives both a new spec.</summary>
    private sealed class TwoCharts : ComponentBase
    {
        [Parameter]
        public ChartSpec First { get; set; } = default!;

        [Parameter]
        public ChartSpec Second { get; set; } = default!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<ChartCanvas>(0);
            builder.AddComponentParameter(1, nameof(ChartCanvas.Spec), First);
            builder.AddComponentParameter(2, nameof(ChartCanvas.AccessibleName), "First");
            builder.CloseComponent();
            builder.OpenComponent<ChartCanvas>(3);
            builder.AddComponentParameter(4, nameof(ChartCanvas.Spec), Second);
            builder.AddComponentParameter(5, nameof(ChartCanvas.AccessibleName), "Second");
            builder.CloseComponent();
        }
    }
}
