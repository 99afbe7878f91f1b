using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Assignments;

/// <summary>
/// The evidence download in the whole app, with a file saved on Hoan Kiem's task 12. Requests carry the test's account in a
/// header (the app's sign-in is not what is tested here); the endpoint checks that account's right to the unit's evidence.
/// </summary>
public sealed class EvidenceDownloadTests(EvidenceDownloadTests.App app) : IClassFixture<EvidenceDownloadTests.App>
{
    /// <summary>A 1×1 transparent PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private IDbContextFactory<SteeringDbContext> Factory => app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>();

    [Fact]
    public async Task AnswersNotFoundForAnUnknownFile()
    {
        using var client = await ClientAsync(SteeringRole.StandingAgency);

        using var response = await client.GetAsync("/evidence/987654", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ServesAFileSavedWithAnEditAsAnAttachmentUnderItsOriginalName()
    {
        var fileId = await SaveEvidenceAsync();
        using var client = await ClientAsync(SteeringRole.CommitteeMember);

        using var response = await client.GetAsync($"/evidence/{fileId}", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await response.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("áp phích.png", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task TheUnitsOwnReporterMayDownloadIt()
    {
        var fileId = await SaveEvidenceAsync();
        using var client = await ClientAsync(SteeringRole.UnitReporter, "HOAN-KIEM");

        using var response = await client.GetAsync($"/evidence/{fileId}", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(SteeringRole.UnitReporter, "BA-DINH")]
    [InlineData(SteeringRole.Administrator, null)]
    public async Task AnAccountThatMayNotReadTheUnitsEvidenceIsRefusedAndTheRefusalAudited(SteeringRole role, string? unitCode)
    {
        var fileId = await SaveEvidenceAsync();
        var actor = await AccountAsync(role, unitCode);
        using var client = ClientFor(actor.UserId);

        using var response = await client.GetAsync($"/evidence/{fileId}", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotEqual(Png, await response.Content.ReadAsByteArrayAsync(Cancellation));
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var denial = await db.AuditEntries.SingleAsync(e => e.UserId == actor.UserId, Cancellation);
        Assert.Equal((AuditEvent.AccessDenied, $"evidence {fileId}"), (denial.Event, denial.Target));
    }

    [Fact]
    public async Task ADisabledAccountIsRefused()
    {
        var fileId = await SaveEvidenceAsync();
        var actor = await AccountAsync(SteeringRole.StandingAgency, null);
        await TestAccounts.DisableAsync(Factory, actor.UserId);
        using var client = ClientFor(actor.UserId);

        using var response = await client.GetAsync($"/evidence/{fileId}", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task NobodySignedInIsChallengedAndGetsNoFile()
    {
        var fileId = await SaveEvidenceAsync();
        using var client = app.CreateClient();

        using var response = await client.GetAsync($"/evidence/{fileId}", Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEqual(Png, await response.Content.ReadAsByteArrayAsync(Cancellation));
    }

    /// <summary>Saves a PNG with an edit of Hoan Kiem's task 12 as the standing agency; returns the file's id.</summary>
    private async Task<long> SaveEvidenceAsync()
    {
        var updates = app.Services.GetRequiredService<AssignmentUpdateService>();
        var agency = await AccountAsync(SteeringRole.StandingAgency, null);
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var assignmentId = await db.Assignments.Where(a => a.Unit!.Code == "HOAN-KIEM" && a.PlanTask!.Number == 12).Select(a => a.Id).SingleAsync(Cancellation);
        var current = (await updates.LoadForEditAsync(assignmentId, Cancellation))!.Current;
        using var upload = new MemoryStream(Png);
        var outcome = await updates.UpdateAsync(
            new AssignmentEdit(assignmentId, current.Version, AssignmentState.InProgress, 50, null, "Poster photo"),
            new Caller(agency.UserId),
            new EvidenceUpload("áp phích.png", upload),
            Cancellation);
        Assert.IsType<EditOutcome.Saved>(outcome);
        return Assert.Single((await updates.HistoryAsync(assignmentId, Cancellation))[0].Files).Id;
    }

    private async Task<Actor> AccountAsync(SteeringRole role, string? unitCode)
    {
        int? unitId = null;
        if (unitCode is not null)
        {
            await using var db = await Factory.CreateDbContextAsync(Cancellation);
            unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync(Cancellation);
        }

        return await TestAccounts.CreateAsync(Factory, role, unitId);
    }

    private async Task<HttpClient> ClientAsync(SteeringRole role, string? unitCode = null) => ClientFor((await AccountAsync(role, unitCode)).UserId);

    private HttpClient ClientFor(string userId)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(HeaderAuthentication.Header, userId);
        return client;
    }

    /// <summary>The app with its evidence folder in a temporary directory (removed afterwards) and the test's header sign-in.</summary>
    public sealed class App : SteeringAppFactory
    {
        private readonly DirectoryInfo _evidence = Directory.CreateTempSubdirectory("steering-evidence-");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting($"{EvidenceOptions.Section}:{nameof(EvidenceOptions.Folder)}", _evidence.FullName);
            builder.ConfigureTestServices(services =>
            {
                services.AddAuthentication(options =>
                    {
                        options.DefaultScheme = HeaderAuthentication.SchemeName;
                        options.DefaultAuthenticateScheme = HeaderAuthentication.SchemeName;
                        options.DefaultChallengeScheme = HeaderAuthentication.SchemeName;
                        options.DefaultForbidScheme = HeaderAuthentication.SchemeName;
                    })
                    .AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>(HeaderAuthentication.SchemeName, null);
                services.AddAuthorization();
            });
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                _evidence.Delete(recursive: true);
            }
        }
    }

    /// <summary>Signs a request in as the account whose id the test header names; no header, nobody signed in.</summary>
    private sealed class HeaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "TestHeader";
        public const string Header = "X-Test-User";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (Request.Headers[Header].FirstOrDefault() is not { Length: > 0 } userId)
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }
}
