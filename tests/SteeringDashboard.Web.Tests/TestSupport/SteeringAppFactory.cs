using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>
/// The whole app in the test process, in Development, on a fresh SQLite file of its own that the
/// start-up migrates and seeds with demo data like a first run. Every page requires sign-in:
/// <see cref="CreateSignedInClientAsync"/> gives a client that signed in through the sign-in form.
/// </summary>
public partial class SteeringAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The password of every account <see cref="CreateAccountAsync"/> makes.</summary>
    public const string TestPassword = "correct horse battery 138";

    private readonly TemporaryDatabase _database = new();

    /// <summary>An enabled account with <paramref name="role"/> (bound to <paramref name="unitId"/> when given) and the password <see cref="TestPassword"/>.</summary>
    public async Task<Actor> CreateAccountAsync(SteeringRole role = SteeringRole.StandingAgency, int? unitId = null, string? userName = null)
    {
        var name = userName ?? $"{role.ToString().ToLowerInvariant()}.{Guid.NewGuid():N}"[..32];
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SteeringUser>>();
        var user = new SteeringUser { UserName = name, DisplayName = $"Test {role}", UnitId = unitId, CreatedAtUtc = DateTime.UtcNow };
        Succeeded(await users.CreateAsync(user, TestPassword));
        Succeeded(await users.AddToRoleAsync(user, role.ToString()));
        return new Actor(user.Id, name, user.DisplayName, role, unitId);
    }

    /// <summary>A client (keeping cookies) signed in through the sign-in form as a new account with <paramref name="role"/>.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(
        SteeringRole role = SteeringRole.StandingAgency, int? unitId = null, WebApplicationFactoryClientOptions? options = null)
    {
        var account = await CreateAccountAsync(role, unitId);
        var client = CreateClient(options ?? new WebApplicationFactoryClientOptions());
        // Returns to /health, the cheapest address: a refused sign-in answers with the form instead.
        using var response = await PostSignInAsync(client, account.UserName, TestPassword, returnUrl: "/health");
        var landedOn = response.StatusCode == HttpStatusCode.Redirect ? response.Headers.Location?.PathAndQuery() : response.RequestMessage?.RequestUri?.AbsolutePath;
        return landedOn == "/health" ? client : throw new InvalidOperationException($"Signing in as {account.UserName} was refused ({response.StatusCode}).");
    }

    /// <summary>
    /// Opens the sign-in page with <paramref name="client"/> (for its antiforgery token and cookie) and posts the form; returns
    /// the post's response (302 to <paramref name="returnUrl"/> when signed in, followed if the client follows redirects;
    /// 200 with the form and a message when refused).
    /// </summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string userName, string password, string returnUrl = "/")
    {
        var cancellation = Xunit.TestContext.Current.CancellationToken;
        var address = $"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var form = await client.GetStringAsync(address, cancellation);
        using var request = new HttpRequestMessage(HttpMethod.Post, address)
        {
            Content = new FormUrlEncodedContent(SignInFields(form, userName, password)),
        };
        return await client.SendAsync(request, cancellation);
    }

    /// <summary>The fields the sign-in form posts, with the antiforgery token read from the form page's <paramref name="html"/>.</summary>
    public static Dictionary<string, string> SignInFields(string html, string userName, string password)
    {
        var token = AntiforgeryField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        return new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("ConnectionStrings:Steering", _database.ConnectionString);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(", ", result.Errors.Select(e => e.Code)));
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
