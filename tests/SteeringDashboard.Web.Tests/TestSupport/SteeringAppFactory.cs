using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Account;

namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>
/// The whole app in the test process, in Development, on a fresh SQLite file of its own that the
/// start-up migrates and seeds with demo data like a first run. Every page requires sign-in:
/// <see cref="CreateSignedInClientAsync"/> gives a client that signed in through the sign-in form, with the
/// authenticator code as its second step for the roles that require one.
/// </summary>
public partial class SteeringAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The password of every account <see cref="CreateAccountAsync"/> makes.</summary>
    public const string TestPassword = "correct horse battery 138";

    /// <summary>The PBKDF2 iterations of the test apps' password hashes (the app's default is OWASP's 210,000).</summary>
    public const int TestPasswordHashIterations = 1_000;

    /// <summary>
    /// The authenticator key every account <see cref="CreateAccountAsync"/> makes for a role that requires a second factor
    /// is enrolled with; <see cref="Totp.Code"/> gives its current code, as the person's phone would.
    /// </summary>
    public const string TestAuthenticatorKey = "TESTAUTHENTICATORKEYSTEERING2345";

    private readonly TemporaryDatabase _database = new();

    /// <summary>The app's SQLite file.</summary>
    public string DatabasePath => _database.FilePath;

    /// <summary>Where the app's metrics endpoint listens; none when null (the default for tests).</summary>
    protected virtual string? MetricsUrl => null;

    /// <summary>
    /// An enabled account with <paramref name="role"/> (bound to <paramref name="unitId"/> when given) and the password
    /// <see cref="TestPassword"/>; enrolled with <see cref="TestAuthenticatorKey"/> when the role requires a second factor,
    /// unless <paramref name="enrolled"/> says otherwise.
    /// </summary>
    public async Task<Actor> CreateAccountAsync(SteeringRole role = SteeringRole.StandingAgency, int? unitId = null, string? userName = null, bool? enrolled = null)
    {
        var name = userName ?? $"{role.ToString().ToLowerInvariant()}.{Guid.NewGuid():N}"[..32];
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SteeringUser>>();
        var user = new SteeringUser { UserName = name, DisplayName = $"Test {role}", UnitId = unitId, CreatedAtUtc = DateTime.UtcNow };
        Succeeded(await users.CreateAsync(user, TestPassword));
        Succeeded(await users.AddToRoleAsync(user, role.ToString()));
        if (enrolled ?? SecondFactor.IsRequiredFor(role))
        {
            Succeeded(await users.SetAuthenticationTokenAsync(user, SecondFactorTokens.LoginProvider, SecondFactorTokens.AuthenticatorKey, TestAuthenticatorKey));
            Succeeded(await users.SetTwoFactorEnabledAsync(user, true));
        }

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
    /// Opens the sign-in page with <paramref name="client"/> (for its antiforgery token and cookie) and posts the form; when
    /// the app then asks for the second factor, posts the current code of <paramref name="authenticatorKey"/> as the person
    /// would. Returns the last post's response (302 to <paramref name="returnUrl"/> when signed in, followed if the client
    /// follows redirects; 200 with the form and a message when refused; 302 to the next step, e.g. enrolment, otherwise).
    /// </summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(
        HttpClient client, string userName, string password, string returnUrl = "/", string? authenticatorKey = TestAuthenticatorKey)
    {
        var response = await PostFormAsync(client, AccountPaths.StepReturningTo(AccountPaths.SignIn, returnUrl), html => SignInFields(html, userName, password));
        if (authenticatorKey is not null && StepAskedFor(response) is { } codePage && codePage.StartsWith(AccountPaths.SecondFactor + "?", StringComparison.Ordinal))
        {
            response.Dispose();
            response = await PostFormAsync(client, codePage, html => CodeFields(html, Totp.Code(authenticatorKey)));
        }

        return response;
    }

    /// <summary>Opens the form page at <paramref name="address"/> (for its antiforgery token and cookie) and posts <paramref name="fields"/> of it back.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string address, Func<string, Dictionary<string, string>> fields)
    {
        var cancellation = Xunit.TestContext.Current.CancellationToken;
        var form = await client.GetStringAsync(address, cancellation);
        using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = new FormUrlEncodedContent(fields(form)) };
        return await client.SendAsync(request, cancellation);
    }

    /// <summary>The sign-in step page (path and query) a sign-in post led to, whether the client followed the redirect or not; null when it led nowhere new.</summary>
    public static string? StepAskedFor(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
            ? response.Headers.Location?.PathAndQuery()
            : response.RequestMessage?.Method == HttpMethod.Get ? response.RequestMessage.RequestUri?.PathAndQuery : null;

    /// <summary>The fields the sign-in form posts, with the antiforgery token read from the form page's <paramref name="html"/>.</summary>
    public static Dictionary<string, string> SignInFields(string html, string userName, string password) => new()
    {
        ["_handler"] = "sign-in",
        ["__RequestVerificationToken"] = AntiforgeryToken(html),
        ["Input.UserName"] = userName,
        ["Input.Password"] = password,
    };

    /// <summary>The fields the second-factor form posts: an authenticator or recovery <paramref name="code"/>.</summary>
    public static Dictionary<string, string> CodeFields(string html, string code) => new()
    {
        ["_handler"] = "second-factor",
        ["__RequestVerificationToken"] = AntiforgeryToken(html),
        ["Input.Code"] = code,
    };

    /// <summary>The antiforgery token of the form page's <paramref name="html"/>.</summary>
    public static string AntiforgeryToken(string html) =>
        AntiforgeryField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("ConnectionStrings:Steering", _database.ConnectionString);
        // Every test signs in from the same address, hundreds of times a minute; the throttle's own tests set their limits.
        builder.UseSetting("Security:SignInAttemptsPerAddress", "1000000");
        // Hundreds of accounts are created and signed in: OWASP's 210,000 PBKDF2 iterations (the default, tested in
        // PasswordHashingTests) would add about a third of a second per hash on this machine.
        builder.UseSetting("Security:PasswordHashIterations", TestPasswordHashIterations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Many test apps run at once: none listens on the metrics port unless its test gives it one (MeteredLiveSteeringApp).
        builder.UseSetting("Metrics:Url", MetricsUrl ?? string.Empty);
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
