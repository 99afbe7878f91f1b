using AngleSharp.Dom;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Web.Components.Layout;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Layout;

public sealed class LanguageSwitchTests : BunitContext
{
    public LanguageSwitchTests() => this.AddSteeringDefaults();

    [Fact]
    public void OffersBothLanguagesAndMarksTheCurrentOne()
    {
        using var culture = CultureScope.Use("en-US");

        var cut = Render<LanguageSwitch>();

        var vietnamese = LanguageButton(cut, "vi");
        Assert.Equal("Tiếng Việt", vietnamese.TextContent.Trim());
        Assert.Equal("Tiếng Việt: show the interface in Vietnamese", vietnamese.GetAttribute("aria-label"));
        Assert.False(vietnamese.HasAttribute("aria-current"));
        var english = LanguageButton(cut, "en");
        Assert.Equal("English", english.TextContent.Trim());
        Assert.Equal("English: show the interface in English", english.GetAttribute("aria-label"));
        Assert.Equal("true", english.GetAttribute("aria-current"));
        Assert.Equal("Language", cut.Find("[role=group]").GetAttribute("aria-label"));
    }

    [Fact]
    public void LabelsFollowTheVietnameseInterface()
    {
        using var culture = CultureScope.Use("vi-VN");

        var cut = Render<LanguageSwitch>();

        Assert.Equal("Ngôn ngữ", cut.Find("[role=group]").GetAttribute("aria-label"));
        Assert.Equal("English: hiển thị giao diện bằng tiếng Anh", LanguageButton(cut, "en").GetAttribute("aria-label"));
        Assert.Equal("true", LanguageButton(cut, "vi").GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("en", "en-US")]
    [InlineData("vi", "vi-VN")]
    public void ChoosingALanguageReloadsThroughTheCultureEndpointBackToThePage(string lang, string culture)
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/tasks?unit=3");
        var cut = Render<LanguageSwitch>();

        LanguageButton(cut, lang).Click();

        Assert.Equal($"http://localhost/culture?name={culture}&returnUrl=%2Ftasks%3Funit%3D3", navigation.Uri);
        Assert.True(navigation.History.First().Options.ForceLoad);
    }

    private static IElement LanguageButton(IRenderedComponent<LanguageSwitch> cut, string lang) =>
        cut.Find($"span[lang={lang}]").Closest("button") ?? throw new InvalidOperationException($"The {lang} label is not inside a button.");
}
