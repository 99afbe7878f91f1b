using Bunit;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Dashboard;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Shared;

public sealed class RenderWhenChangedTests : BunitContext
{
    public RenderWhenChangedTests() => this.AddSteeringDefaults();

    [Fact]
    public void AnEqualValueLeavesTheContentAsItWasRendered()
    {
        var cut = Render<RenderWhenChanged>(p => p.Add(x => x.Value, ("Completed", 12)).Add(x => x.ChildContent, Card("12")));
        var card = cut.FindComponent<KpiCard>();

        // A new but equal value, and content that would now show something else: the card is not rendered again.
        cut.Render(p => p.Add(x => x.Value, ("Completed", 12)).Add(x => x.ChildContent, Card("13")));

        Assert.Equal(1, card.RenderCount);
        Assert.Equal("12", cut.Find(".kpi-value").TextContent.Trim());
    }

    [Fact]
    public void AChangedValueRendersTheContentAgain()
    {
        var cut = Render<RenderWhenChanged>(p => p.Add(x => x.Value, ("Completed", 12)).Add(x => x.ChildContent, Card("12")));
        var card = cut.FindComponent<KpiCard>();

        cut.Render(p => p.Add(x => x.Value, ("Completed", 13)).Add(x => x.ChildContent, Card("13")));

        Assert.True(card.RenderCount > 1);
        Assert.Equal("13", cut.Find(".kpi-value").TextContent.Trim());
    }

    private static RenderFragment Card(string value) => builder =>
    {
        builder.OpenComponent<KpiCard>(0);
        builder.AddComponentParameter(1, nameof(KpiCard.Title), "Completed");
        builder.AddComponentParameter(2, nameof(KpiCard.Value), value);
        builder.CloseComponent();
    };
}
