using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Assignments;

/// <summary>
/// The evidence download in the whole app, with a file saved on Hoan Kiem's task 12: its own check, the account's right to
/// the unit's evidence. Each client signs in through the sign-in form as an account of the role under test; how a file is
/// served is <see cref="Web.Files.FileDownloadTests"/>'.
/// </summary>
public sealed class EvidenceDownloadTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    /// <summary>A 1×1 transparent PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private IDbContextFactory<SteeringDbContext> Factory => app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>();

    [Fact]
    public async Task AnUnknownFileAndAnotherUnitsFileGetTheSameAnswerNamingBothReasons()
    {
        var fileId = await SaveEvidenceAsync();
        using var agency = await SignedInAsync(SteeringRole.StandingAgency);
        using var reporter = await SignedInAsync(SteeringRole.UnitReporter, "BA-DINH");

        using var unknown = await agency.Client.GetAsync("/evidence/987654", Cancellation);
        using var forbidden = await reporter.Client.GetAsync($"/evidence/{fileId}", Cancellation);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknown.StatusCode, forbidden.StatusCode));
        var unknownText = await unknown.Content.ReadAsStringAsync(Cancellation);
        Assert.Equal(unknownText, await forbidden.Content.ReadAsStringAsync(Cancellation));
        Assert.Contains("thuộc một đơn vị mà tài khoản của bạn không được mở tệp", unknownText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheUnitsOwnReporterMayDownloadIt()
    {
        var fileId = await SaveEvidenceAsync();
        using var signedIn = await SignedInAsync(SteeringRole.UnitReporter, "HOAN-KIEM");

        using var response = await signedIn.Client.GetAsync($"/evidence/{fileId}", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(SteeringRole.UnitReporter, "BA-DINH")]
    [InlineData(SteeringRole.Administrator, null)]
    public async Task AnAccountThatMayNotReadTheUnitsEvidenceIsRefusedAndTheRefusalAudited(SteeringRole role, string? unitCode)
    {
        var fileId = await SaveEvidenceAsync();
        using var signedIn = await SignedInAsync(role, unitCode);

        using var response = await signedIn.Client.GetAsync($"/evidence/{fileId}", Cancellation);

        AssertAnsweredUnavailable(response);
        Assert.NotEqual(Png, await response.Content.ReadAsByteArrayAsync(Cancellation));
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var denial = await db.AuditEntries.SingleAsync(e => e.UserId == signedIn.Account.UserId && e.Event == AuditEvent.AccessDenied, Cancellation);
        Assert.Equal((AuditEvent.AccessDenied, $"evidence {fileId}"), (denial.Event, denial.Target));
    }

    [Fact]
    public async Task ADisabledAccountIsRefused()
    {
        var fileId = await SaveEvidenceAsync();
        using var signedIn = await SignedInAsync(SteeringRole.StandingAgency);
        await TestAccounts.DisableAsync(Factory, signedIn.Account.UserId);

        using var response = await signedIn.Client.GetAsync($"/evidence/{fileId}", Cancellation);

        AssertAnsweredUnavailable(response);
    }

    /// <summary>Saves a PNG (named "áp phích.png" by its uploader) with an edit of Hoan Kiem's task 12 as the standing agency; returns the file's id.</summary>
    private async Task<long> SaveEvidenceAsync()
    {
        var updates = app.Services.GetRequiredService<AssignmentUpdateService>();
        var agency = await TestAccounts.CreateAsync(Factory, SteeringRole.StandingAgency);
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var assignmentId = await db.Assignments.Where(a => a.Unit!.Code == "HOAN-KIEM" && a.PlanTask!.Number == 12).Select(a => a.Id).SingleAsync(Cancellation);
        var current = (await updates.LoadForEditAsync(assignmentId, Cancellation))!.Current;
        using var upload = new MemoryStream(Png);
        var outcome = await updates.UpdateAsync(
            new AssignmentEdit(assignmentId, current.Version, AssignmentState.InProgress, 50, null, "Poster photo"),
            new Caller(agency.UserId),
            new FileUpload("áp phích.png", upload),
            Cancellation);
        Assert.IsType<EditOutcome.Saved>(outcome);
        return Assert.Single((await updates.HistoryAsync(assignmentId, Cancellation))[0].Files).Id;
    }

    /// <summary>A refusal answers as for a file that does not exist.</summary>
    private static void AssertAnsweredUnavailable(HttpResponseMessage response) =>
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

    /// <summary>A client (keeping cookies, not following redirects) signed in through the form as a new account.</summary>
    private async Task<SignedInClient> SignedInAsync(SteeringRole role, string? unitCode = null)
    {
        int? unitId = null;
        if (unitCode is not null)
        {
            await using var db = await Factory.CreateDbContextAsync(Cancellation);
            unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync(Cancellation);
        }

        var account = await app.CreateAccountAsync(role, unitId);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var signIn = await SteeringAppFactory.PostSignInAsync(client, account.UserName, SteeringAppFactory.TestPassword, "/health");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return new SignedInClient(client, account);
    }

    private sealed record SignedInClient(HttpClient Client, Actor Account) : IDisposable
    {
        public void Dispose() => Client.Dispose();
    }
}
