using Bunit;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Web.Components.Comparison;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Comparison;

public sealed class SamePeriodChangeTextTests : BunitContext
{
    public SamePeriodChangeTextTests() => this.AddSteeringDefaults();

    private IRenderedComponent<SamePeriodChangeText> RenderChange(long current, long previous, bool compact = false) =>
        Render<SamePeriodChangeText>(parameters => parameters
            .Add(p => p.Change, new SamePeriodChange(current, previous, 2017))
            .Add(p => p.Compact, compact));

    /// <summary>What the eye sees: the text without the words kept for screen readers.</summary>
    private static string Visible(IRenderedComponent<SamePeriodChangeText> cut) =>
        string.Concat(cut.Find(".same-period-change").ChildNodes
            .OfType<AngleSharp.Dom.IElement>()
            .Where(e => !(e.ClassName ?? "").Contains("visually-hidden", StringComparison.Ordinal))
            .Select(e => e.TextContent)).Trim();

    /// <summary>What a screen reader reads: everything but the arrow.</summary>
    private static string Spoken(IRenderedComponent<SamePeriodChangeText> cut) =>
        string.Concat(cut.Find(".same-period-change").ChildNodes
            .OfType<AngleSharp.Dom.IElement>()
            .Where(e => e.GetAttribute("aria-hidden") != "true")
            .Select(e => e.TextContent)).Trim();

    [Theory]
    [InlineData("vi-VN", 112, 100, "▲ 12% so với cùng kỳ 2017", "tăng 12% so với cùng kỳ 2017")]
    [InlineData("en-US", 112, 100, "▲ 12% vs same period 2017", "up 12% vs same period 2017")]
    [InlineData("vi-VN", 1900, 2000, "▼ 5,0% so với cùng kỳ 2017", "giảm 5,0% so với cùng kỳ 2017")]
    [InlineData("en-US", 1900, 2000, "▼ 5.0% vs same period 2017", "down 5.0% vs same period 2017")]
    public void AChangeReadsAsAPercentageWithUpOrDownInWordsForScreenReaders(string cultureName, long current, long previous, string visible, string spoken)
    {
        using var culture = CultureScope.Use(cultureName);

        var cut = RenderChange(current, previous);

        Assert.Equal(visible, Visible(cut));
        Assert.Equal(spoken, Spoken(cut));
    }

    [Theory]
    [InlineData("vi-VN", "▲ 1.250 so với cùng kỳ 2017", "Cùng kỳ 2017: 0")]
    [InlineData("en-US", "▲ 1,250 vs same period 2017", "Same period 2017: 0")]
    public void FromZeroTheChangeIsTheDifference(string cultureName, string visible, string tooltip)
    {
        using var culture = CultureScope.Use(cultureName);

        var cut = RenderChange(1250, 0);

        Assert.Equal(visible, Visible(cut));
        Assert.Equal(tooltip, cut.Find(".same-period-change").GetAttribute("title"));
    }

    [Theory]
    [InlineData("vi-VN", "Không đổi so với cùng kỳ 2017")]
    [InlineData("en-US", "Unchanged vs same period 2017")]
    public void AnEqualFigureIsUnchanged(string cultureName, string text)
    {
        using var culture = CultureScope.Use(cultureName);

        Assert.Equal(text, Spoken(RenderChange(40, 40)));
        Assert.Equal("=", Visible(RenderChange(40, 40, compact: true)));
        Assert.Equal(text, Spoken(RenderChange(40, 40, compact: true)));
    }

    [Fact]
    public void CompactShowsTheArrowAndAmountButScreenReadersHearTheWholeSentence()
    {
        using var culture = CultureScope.Use("vi-VN");

        var cut = RenderChange(80, 100, compact: true);

        Assert.Equal("▼ 20%", Visible(cut));
        Assert.Equal("giảm 20% so với cùng kỳ 2017", Spoken(cut));
        Assert.Equal("Cùng kỳ 2017: 100", cut.Find(".same-period-change").GetAttribute("title"));
    }

    [Fact]
    public void NothingIsRenderedWithoutAChange()
    {
        var cut = Render<SamePeriodChangeText>(parameters => parameters.Add(p => p.Change, null));

        Assert.Empty(cut.Markup.Trim());
    }
}
