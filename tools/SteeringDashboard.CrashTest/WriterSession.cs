using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SteeringDashboard.CrashTest;

/// <summary>The answer to a write: its status, and the version it left (or the current one, with a conflict).</summary>
public sealed record WriteAnswer(HttpStatusCode Status, Guid? Version, string Body);

/// <summary>A file a writer sends: its name (unique in the whole harness run), bytes and their SHA-256.</summary>
public sealed record SentFile(string FileName, byte[] Content)
{
    public string Sha256 { get; } = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Content));
}

/// <summary>
/// One account signed in through the sign-in form, writing as a browser's page would: every post carries the antiforgery
/// token of a page it loaded, to the app's own write endpoints.
/// </summary>
public sealed partial class WriterSession : IDisposable
{
    private readonly HttpClient _http;
    private string _token = "";

    private WriterSession(Uri baseAddress) =>
        _http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>Signs in (an account without a second factor) and loads a page for its antiforgery token.</summary>
    public static async Task<WriterSession> SignInAsync(Uri baseAddress, string userName, string password, CancellationToken cancellationToken)
    {
        var session = new WriterSession(baseAddress);
        try
        {
            const string signIn = "/account/sign-in?returnUrl=%2Fhealth";
            var form = await session._http.GetStringAsync(signIn, cancellationToken);
            using var content = new FormUrlEncodedContent(
            [
                new("_handler", "sign-in"),
                new("__RequestVerificationToken", TokenOf(form)),
                new("Input.UserName", userName),
                new("Input.Password", password),
            ]);
            using var response = await session._http.PostAsync(signIn, content, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.EndsWith("/health", StringComparison.Ordinal) != true)
            {
                throw new InvalidOperationException($"Signing in as {userName} was refused ({(int)response.StatusCode} {response.Headers.Location}).");
            }

            session._token = TokenOf(await session.PageAsync("/reports", cancellationToken));
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>GETs a page as the signed-in account; throws unless it answers 200.</summary>
    public async Task<string> PageAsync(string route, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(route, cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? await response.Content.ReadAsStringAsync(cancellationToken)
            : throw new InvalidOperationException($"GET {route} answered {(int)response.StatusCode} {response.Headers.Location}");
    }

    /// <summary>POST /assignments/{id}/save, with an evidence file when one is given.</summary>
    public Task<WriteAnswer> SaveAssignmentAsync(int assignmentId, Guid version, int progress, SentFile? evidence, CancellationToken cancellationToken)
    {
        var form = Form(("version", version.ToString()), ("state", "InProgress"), ("progress", Invariant(progress)));
        if (evidence is not null)
        {
            form.Add(new ByteArrayContent(evidence.Content), "evidence", evidence.FileName);
        }

        return PostAsync(string.Create(CultureInfo.InvariantCulture, $"/assignments/{assignmentId}/save"), form, cancellationToken);
    }

    /// <summary>POST /reports/{type}/units/{unit}/submit: the summary, a figure per indicator, the files to attach and the attachments to remove.</summary>
    public Task<WriteAnswer> SubmitReportAsync(
        int reportTypeId,
        int unitId,
        Guid? version,
        string summary,
        IReadOnlyDictionary<int, int> figures,
        IReadOnlyList<SentFile> attachments,
        IReadOnlyList<long> remove,
        CancellationToken cancellationToken)
    {
        var form = Form(("version", version?.ToString() ?? ""), ("summary", summary));
        foreach (var (indicatorId, value) in figures)
        {
            form.Add(new StringContent(Invariant(value)), "figure." + Invariant(indicatorId));
        }

        foreach (var file in attachments)
        {
            form.Add(new ByteArrayContent(file.Content), "attachments", file.FileName);
        }

        foreach (var id in remove)
        {
            form.Add(new StringContent(id.ToString(CultureInfo.InvariantCulture)), "remove");
        }

        return PostAsync(string.Create(CultureInfo.InvariantCulture, $"/reports/{reportTypeId}/units/{unitId}/submit"), form, cancellationToken);
    }

    /// <summary>POST /figures/import/file: a CSV of the template's columns, every row confirmed.</summary>
    public Task<WriteAnswer> ImportFiguresAsync(string csv, int rows, CancellationToken cancellationToken)
    {
        var form = Form();
        form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "figures.csv");
        for (var row = 2; row < rows + 2; row++)
        {
            form.Add(new StringContent(Invariant(row)), "confirm");
        }

        return PostAsync("/figures/import/file", form, cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new StringContent(_token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private async Task<WriteAnswer> PostAsync(string route, MultipartFormDataContent form, CancellationToken cancellationToken)
    {
        using (form)
        {
            using var response = await _http.PostAsync(route, form, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            Guid? version = null;
            if (response.Content.Headers.ContentType?.MediaType == "application/json"
                && JsonNode.Parse(body) is JsonObject answer
                && answer["version"] is JsonValue value
                && Guid.TryParse(value.ToString(), out var parsed))
            {
                version = parsed;
            }

            return new WriteAnswer(response.StatusCode, version, body);
        }
    }

    private static string TokenOf(string html) =>
        Antiforgery().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
