using Bunit;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Dashboard;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Shared;

public sealed class ChangeHighlightTests : BunitContext
{
    public ChangeHighlightTests()
    {
        this.AddSteeringDefaults();
    }

    [Fact]
    public void TheFirstValueIsNotHighlighted()
    {
        var cut = Render<ChangeHighlight>(p => p.Add(x => x.Value, "82"));

        Assert.Equal("82", cut.Find("span").TextContent);
        Assert.False(cut.Find("span").ClassList.Contains("value-changed"));
    }

    [Fact]
    public void AChangedValueIsHighlightedAndStaysSoThroughLaterRendersOfTheSameValue()
    {
        var cut = Render<ChangeHighlight>(p => p.Add(x => x.Value, "82"));

        cut.Render(p => p.Add(x => x.Value, "83"));
        cut.Render(p => p.Add(x => x.Value, "83"));

        Assert.Equal("83", cut.Find("span").TextContent);
        Assert.Contains("value-changed", cut.Find("span").ClassList);
    }

    [Fact]
    public void AnUnchangedValueIsNotHighlighted()
    {
        var cut = Render<ChangeHighlight>(p => p.Add(x => x.Value, "82"));

        cut.Render(p => p.Add(x => x.Value, "82"));

        Assert.DoesNotContain("value-changed", cut.Find("span").ClassList);
    }

    [Fact]
    public void AKpiCardHighlightsItsValueWhenItChanges()
    {
        var cut = Render<KpiCard>(p => p.Add(x => x.Title, "Overdue").Add(x => x.Value, "12"));

        cut.Render(p => p.Add(x => x.Title, "Overdue").Add(x => x.Value, "11"));

        Assert.Equal("11", cut.Find(".kpi-value .value-changed").TextContent);
    }
}
