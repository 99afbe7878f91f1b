using System.Net;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Hosting;

public sealed class StartupTests(SteeringAppFactory app) : IClassFixture<SteeringAppFactory>
{
    [Fact]
    public async Task HomePageAnswersOkOnFreshDatabase()
    {
        using var client = await app.CreateSignedInClientAsync();

        using var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HealthIsHealthyOnFreshDatabase()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("vi-VN", "Không tìm thấy trang")]
    [InlineData("en-US", "Page not found")]
    public async Task AnUnknownAddressAnswers404WithAPageInTheUsersLanguage(string language, string heading)
    {
        using var client = await app.CreateSignedInClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        using var response = await client.GetAsync("/no-such-page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(heading, html, StringComparison.Ordinal);
    }
}
