using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Privacy;

public sealed class DisclosedNumberTests : BunitContext
{
    public DisclosedNumberTests() => this.AddSteeringDefaults();

    private IRenderedComponent<DisclosedNumber> RenderFigure(DisclosedFigure figure, int threshold = 5) =>
        Render<DisclosedNumber>(parameters => parameters
            .Add(p => p.Figure, figure)
            .Add(p => p.Texts, new FigureTexts(Services.GetRequiredService<IStringLocalizer<PrivacyText>>(), threshold)));

    [Fact]
    public void AnExactFigureIsTheNumberInTheCurrentCulture()
    {
        using var culture = CultureScope.Use("vi-VN");

        var cut = RenderFigure(DisclosedFigure.Exact(1234));

        Assert.Equal("1.234", cut.Markup.Trim());
    }

    [Theory]
    [InlineData("vi-VN", "Số liệu nhỏ hơn 5 được ẩn để bảo vệ nạn nhân")]
    [InlineData("en-US", "Figures below 5 are hidden to protect victims")]
    public void AFigureBelowTheThresholdSaysSoWithTheReasonAsItsTooltip(string cultureName, string reason)
    {
        using var culture = CultureScope.Use(cultureName);

        var cut = RenderFigure(DisclosedFigure.BelowThreshold);

        var abbr = cut.Find("abbr");
        Assert.Equal("< 5", abbr.TextContent);
        Assert.Equal(reason, abbr.GetAttribute("title"));
    }

    [Fact]
    public void TheTextFollowsTheConfiguredThreshold()
    {
        using var culture = CultureScope.Use("en-US");

        var cut = RenderFigure(DisclosedFigure.BelowThreshold, threshold: 10);

        Assert.Equal("< 10", cut.Find("abbr").TextContent);
    }

    [Theory]
    [InlineData("vi-VN", "ẩn")]
    [InlineData("en-US", "hidden")]
    public void AWithheldTotalSaysHiddenAndWhy(string cultureName, string text)
    {
        using var culture = CultureScope.Use(cultureName);

        var cut = RenderFigure(DisclosedFigure.Withheld);

        var abbr = cut.Find("abbr");
        Assert.Equal(text, abbr.TextContent);
        Assert.Contains("5", abbr.GetAttribute("title"), StringComparison.Ordinal);
    }
}
