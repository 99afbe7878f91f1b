using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SteeringDashboard.LoadTest;

/// <summary>A prerendered page as the browser received it: its interactive components' markers, its application state and its antiforgery token.</summary>
public sealed record PrerenderedPage(IReadOnlyList<JsonObject> Markers, string ApplicationState, string? AntiforgeryToken, DateTimeOffset FetchedAt);

/// <summary>The answer of a save: its status, when it was sent and when it came back, and the version it left.</summary>
public sealed record SaveResult(HttpStatusCode Status, long SentAt, long ReturnedAt, Guid? Version, string Body);

/// <summary>
/// One signed-in account's cookies, used as a browser uses them: the sign-in form (and the authenticator code when the
/// app asks for it), the prerendered pages the circuits start from, and the form posts that save changes.
/// </summary>
public sealed partial class AppSession : IDisposable
{
    private const string SignInPath = "/account/sign-in";
    private const string SecondFactorPath = "/account/sign-in/code";
    private const string EnrolPath = "/account/sign-in/enrol";
    private const string NewPasswordPath = "/account/sign-in/new-password";

    private readonly HttpClient _http;

    private AppSession(Uri baseAddress, CookieContainer cookies)
    {
        BaseAddress = baseAddress;
        Cookies = cookies;
        _http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(100),
        };
    }

    public Uri BaseAddress { get; }

    /// <summary>The session's cookies, which the circuits' connections send too.</summary>
    public CookieContainer Cookies { get; }

    /// <summary>Signs in through the app's forms; throws, naming the step, when the app does not let the account in.</summary>
    public static async Task<AppSession> SignInAsync(Uri baseAddress, string userName, string password, string? totpKey, CancellationToken cancellationToken)
    {
        var session = new AppSession(baseAddress, new CookieContainer());
        try
        {
            var next = await session.PostFormAsync(
                $"{SignInPath}?returnUrl=%2Fhealth",
                token => [new("_handler", "sign-in"), new("__RequestVerificationToken", token), new("Input.UserName", userName), new("Input.Password", password)],
                cancellationToken);
            if (next?.StartsWith(SecondFactorPath + "?", StringComparison.Ordinal) == true)
            {
                if (totpKey is null)
                {
                    throw new InvalidOperationException($"{userName} signs in with an authenticator code: give its key with --totp-key (or --writer-totp-key).");
                }

                next = await session.PostFormAsync(
                    next,
                    token => [new("_handler", "second-factor"), new("__RequestVerificationToken", token), new("Input.Code", Totp.Code(totpKey))],
                    cancellationToken);
            }

            return next switch
            {
                "/health" => session,
                _ when next?.StartsWith(EnrolPath, StringComparison.Ordinal) == true =>
                    throw new InvalidOperationException($"{userName} has not set up an authenticator yet: sign in once in a browser to enrol."),
                _ when next?.StartsWith(NewPasswordPath, StringComparison.Ordinal) == true =>
                    throw new InvalidOperationException($"{userName} must choose a new password first: sign in once in a browser."),
                _ => throw new InvalidOperationException($"Signing in as {userName} was refused (wrong name, password or code, or throttled)."),
            };
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>GETs <paramref name="route"/> as the browser does and reads what the circuit needs from its markup.</summary>
    public async Task<PrerenderedPage> LoadPageAsync(string route, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(route, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {route} answered {(int)response.StatusCode} {response.Headers.Location}");
        }

        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var markers = ComponentMarker().Matches(html)
            .Select(match => JsonNode.Parse(match.Groups[1].Value) as JsonObject)
            .OfType<JsonObject>()
            .Where(marker => marker["type"]?.GetValue<string>() == "server")
            .ToList();
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"GET {route} has no interactive server component to start a circuit for.");
        }

        var state = ComponentState().Match(html) is { Success: true } found ? found.Groups[1].Value : string.Empty;
        var token = Antiforgery().Match(html) is { Success: true } field ? WebUtility.HtmlDecode(field.Groups[1].Value) : null;
        return new PrerenderedPage(markers, state, token, DateTimeOffset.UtcNow);
    }

    /// <summary>
    /// Saves the assignment's state through the app's save endpoint (the edit dialog's service) with the antiforgery token
    /// of a page this session loaded; returns when the app answered, i.e. after the commit.
    /// </summary>
    public async Task<SaveResult> SaveAssignmentAsync(
        int assignmentId, Guid version, string state, int progress, string antiforgeryToken, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", antiforgeryToken),
            new("version", version.ToString()),
            new("state", state),
            new("progress", progress.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        var sentAt = System.Diagnostics.Stopwatch.GetTimestamp();
        using var response = await _http.PostAsync($"/assignments/{assignmentId}/save", content, cancellationToken);
        var returnedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Guid? saved = null;
        if (response.Content.Headers.ContentType?.MediaType == "application/json"
            && JsonNode.Parse(body) is JsonObject answer && answer["version"] is { } versionNode && Guid.TryParse(versionNode.GetValue<string>(), out var parsed))
        {
            saved = parsed;
        }

        return new SaveResult(response.StatusCode, sentAt, returnedAt, saved, body);
    }

    /// <summary>Asks the server to drop a circuit now instead of keeping it for its browser to come back (what a closing tab sends).</summary>
    public async Task DisconnectCircuitAsync(string circuitId)
    {
        using var content = new FormUrlEncodedContent([new("circuitId", circuitId)]);
        try
        {
            using var response = await _http.PostAsync("/_blazor/disconnect", content);
        }
        catch (HttpRequestException)
        {
            // The app is gone already: nothing is left to drop.
        }
    }

    public void Dispose() => _http.Dispose();

    // Opens the form page (for its antiforgery token and cookie) and posts the fields; returns where the app sends the browser next.
    private async Task<string?> PostFormAsync(string address, Func<string, KeyValuePair<string, string>[]> fields, CancellationToken cancellationToken)
    {
        var form = await _http.GetStringAsync(address, cancellationToken);
        var token = Antiforgery().Match(form) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"{address} has no form with an antiforgery token.");
        using var content = new FormUrlEncodedContent(fields(token));
        using var response = await _http.PostAsync(address, content, cancellationToken);
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString)
            : null;
    }

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex ComponentMarker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex ComponentState();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
