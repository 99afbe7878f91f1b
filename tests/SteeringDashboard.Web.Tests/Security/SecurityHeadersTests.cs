using System.Text.RegularExpressions;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Security;

public sealed partial class SecurityHeadersTests(SteeringAppFactory app) : IClassFixture<SteeringAppFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false, "/account/sign-in")]
    [InlineData(true, "/")]
    [InlineData(true, "/tasks")]
    public async Task PagesCarryTheSecurityHeadersAndAPolicyWithoutEval(bool signedIn, string address)
    {
        using var client = signedIn ? await app.CreateSignedInClientAsync() : app.CreateClient();

        using var response = await client.GetAsync(address, Cancellation);
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        response.EnsureSuccessStatusCode();
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(["SAMEORIGIN"], response.Headers.GetValues("X-Frame-Options"));
        Assert.Equal(["strict-origin-when-cross-origin"], response.Headers.GetValues("Referrer-Policy"));
        var policies = response.Headers.GetValues("Content-Security-Policy").ToList();
        Assert.All(policies, p => Assert.DoesNotContain("unsafe-eval", p, StringComparison.Ordinal));
        var policy = Assert.Single(policies, p => p.StartsWith("default-src 'self'", StringComparison.Ordinal));
        foreach (var directive in new[] { "frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'" })
        {
            Assert.Contains(directive, policy, StringComparison.Ordinal);
        }

        // The one inline script, the import map, carries this response's nonce.
        var nonce = Nonce().Match(policy).Groups[1].Value;
        Assert.Matches("^[0-9a-f]{32}$", nonce);
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\">", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "<script(?![^>]*\\bsrc=)[^>]*>"));
    }

    [Fact]
    public async Task EachResponseHasANewNonce()
    {
        using var client = app.CreateClient();

        using var first = await client.GetAsync("/account/sign-in", Cancellation);
        using var second = await client.GetAsync("/account/sign-in", Cancellation);

        Assert.NotEqual(NonceOf(first), NonceOf(second));
    }

    private static string NonceOf(HttpResponseMessage response) =>
        Nonce().Match(response.Headers.GetValues("Content-Security-Policy").First()).Groups[1].Value;

    [GeneratedRegex("script-src 'self' 'nonce-([^']+)'")]
    private static partial Regex Nonce();
}
