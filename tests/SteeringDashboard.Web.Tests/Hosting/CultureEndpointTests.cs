using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Hosting;

public sealed class CultureEndpointTests(SteeringAppFactory app) : IClassFixture<SteeringAppFactory>
{
    private const string CultureCookie = ".AspNetCore.Culture";

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    public async Task SupportedCultureSetsCookieAndReturnsToPage(string culture)
    {
        using var client = CreateClientWithoutRedirects();

        using var response = await client.GetAsync($"/culture?name={culture}&returnUrl=%2Ftasks%3Fpage%3D2", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tasks?page=2", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CultureCookie + "=", StringComparison.Ordinal));
        Assert.Contains(Uri.EscapeDataString($"c={culture}|uic={culture}"), cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("vi")]
    [InlineData("")]
    public async Task UnknownCultureSetsNoCookie(string culture)
    {
        using var client = CreateClientWithoutRedirects();

        using var response = await client.GetAsync($"/culture?name={culture}&returnUrl=%2F", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("")]
    [InlineData("tasks")]
    [InlineData("~/tasks")]
    [InlineData("javascript:alert(1)")]
    public async Task ForeignMissingOrMalformedReturnUrlGoesHome(string returnUrl)
    {
        using var client = CreateClientWithoutRedirects();

        using var response = await client.GetAsync($"/culture?name=en-US&returnUrl={Uri.EscapeDataString(returnUrl)}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("en-US", "vi-VN", "en")]
    [InlineData("vi-VN", "en-US", "vi")]
    public async Task CookieWinsOverAcceptLanguage(string cookieCulture, string acceptLanguage, string expectedLang)
    {
        using var client = await app.CreateSignedInClientAsync();
        using var switched = await client.GetAsync($"/culture?name={cookieCulture}&returnUrl=%2F", TestContext.Current.CancellationToken);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains($"<html lang=\"{expectedLang}\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US,en;q=0.9", "en")]
    [InlineData("vi-VN,vi;q=0.9", "vi")]
    [InlineData("fr-FR", "vi")]
    public async Task WithoutCookieAcceptLanguageThenVietnamese(string acceptLanguage, string expectedLang)
    {
        using var client = await app.CreateSignedInClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains($"<html lang=\"{expectedLang}\">", html, StringComparison.Ordinal);
    }

    private HttpClient CreateClientWithoutRedirects() =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
