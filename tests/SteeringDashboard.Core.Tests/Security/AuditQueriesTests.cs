using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Security;

/// <summary>
/// The audit log around Ha Noi's midnight: entries at 23:30 on 01/05 and 00:30 on 02/05 (Ha Noi time) fall on different
/// Ha Noi dates although both are on 01/05 in UTC.
/// </summary>
public sealed class AuditQueriesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset May1At2330 = new(2026, 5, 1, 23, 30, 0, HanoiTime.Offset);

    private readonly FixedClock _clock = new(May1At2330);
    private TestDatabase _database = null!;
    private AuditLog _audit = null!;
    private AuditQueries _queries = null!;
    private Caller _admin = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _audit = new AuditLog(_database, _clock, NullLogger<AuditLog>.Instance);
        _queries = new AuditQueries(_database, new AccessGuard(_database, _audit));
        _admin = new Caller((await TestAccounts.CreateAsync(_database, SteeringRole.Administrator)).UserId);

        await RecordAsync(AuditEvent.SignInSucceeded, "Reporter.BaDinh");
        _clock.Advance(TimeSpan.FromHours(1));
        await RecordAsync(AuditEvent.SignInFailed, "someone.else");
        await RecordAsync(AuditEvent.UserCreated, "admin.one", "user reporter.badinh");
        _clock.Advance(TimeSpan.FromDays(2));
        await RecordAsync(AuditEvent.SignedOut, "reporter.badinh");
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task ListsEveryEntryNewestFirstWithTheLatestOfTheSameInstantOnTop()
    {
        var page = await SearchAsync(new AuditFilter([]));

        Assert.Equal(
            [AuditEvent.SignedOut, AuditEvent.UserCreated, AuditEvent.SignInFailed, AuditEvent.SignInSucceeded],
            page.Entries.Select(e => e.Event));
        Assert.Equal((4, 1), (page.TotalCount, page.PageCount));
    }

    [Fact]
    public async Task FiltersByEvents()
    {
        var page = await SearchAsync(new AuditFilter([AuditEvent.SignInFailed, AuditEvent.SignedOut]));

        Assert.Equal([AuditEvent.SignedOut, AuditEvent.SignInFailed], page.Entries.Select(e => e.Event));
        Assert.Equal(2, page.TotalCount);
    }

    [Fact]
    public async Task FiltersByPartOfTheUserNameWhateverItsCase()
    {
        var page = await SearchAsync(new AuditFilter([], UserNameContains: " REPORTER.bad "));

        Assert.Equal([AuditEvent.SignedOut, AuditEvent.SignInSucceeded], page.Entries.Select(e => e.Event));
    }

    [Fact]
    public async Task DatesAreHanoiDatesAndTheLastDayCountsWhole()
    {
        var may1 = await SearchAsync(new AuditFilter([], From: new DateOnly(2026, 5, 1), To: new DateOnly(2026, 5, 1)));
        var fromMay2 = await SearchAsync(new AuditFilter([], From: new DateOnly(2026, 5, 2)));
        var untilMay3 = await SearchAsync(new AuditFilter([], To: new DateOnly(2026, 5, 3)));

        Assert.Equal([AuditEvent.SignInSucceeded], may1.Entries.Select(e => e.Event));
        Assert.Equal([AuditEvent.SignedOut, AuditEvent.UserCreated, AuditEvent.SignInFailed], fromMay2.Entries.Select(e => e.Event));
        Assert.Equal([AuditEvent.UserCreated, AuditEvent.SignInFailed, AuditEvent.SignInSucceeded], untilMay3.Entries.Select(e => e.Event));
    }

    [Fact]
    public async Task PagesKeepTheOrderAndTheTotal()
    {
        var first = await SearchAsync(new AuditFilter([], PageSize: 3));
        var second = await SearchAsync(new AuditFilter([], Page: 1, PageSize: 3));

        Assert.Equal([AuditEvent.SignedOut, AuditEvent.UserCreated, AuditEvent.SignInFailed], first.Entries.Select(e => e.Event));
        Assert.Equal([AuditEvent.SignInSucceeded], second.Entries.Select(e => e.Event));
        Assert.Equal((4, 2, 4, 2), (first.TotalCount, first.PageCount, second.TotalCount, second.PageCount));
    }

    [Fact]
    public async Task CountsAndReadsAPageInTwoQueriesAfterTheGuard()
    {
        _database.ResetCommandCount();

        await SearchAsync(new AuditFilter([AuditEvent.SignInFailed], "someone", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 2)));

        Assert.Equal(3, _database.CommandCount);
    }

    [Theory]
    [InlineData(SteeringRole.CommitteeMember)]
    [InlineData(SteeringRole.Secretariat)]
    [InlineData(SteeringRole.StandingAgency)]
    [InlineData(SteeringRole.UnitReporter)]
    public async Task OnlyAdministratorsReadTheLogAndARefusalIsAudited(SteeringRole role)
    {
        var other = await TestAccounts.CreateAsync(_database, role, role == SteeringRole.UnitReporter ? await AnyUnitAsync() : null);

        Assert.Null(await _queries.SearchAsync(new Caller(other.UserId), new AuditFilter([]), Token));

        var latest = (await SearchAsync(new AuditFilter([AuditEvent.AccessDenied]))).Entries.Single();
        Assert.Equal((other.UserId, "audit log"), (latest.UserId, latest.Target));
    }

    private async Task<AuditLogPage> SearchAsync(AuditFilter filter) =>
        await _queries.SearchAsync(_admin, filter, Token) ?? throw new InvalidOperationException("The administrator was refused.");

    private Task RecordAsync(AuditEvent auditEvent, string userName, string? target = null) =>
        _audit.RecordAsync(auditEvent, null, userName, target, cancellationToken: Token);

    private async Task<int> AnyUnitAsync()
    {
        await SmallPlanScenario.CreateAsync(_database);
        await using var db = _database.CreateDbContext();
        return await db.Units.Select(u => u.Id).FirstAsync(Token);
    }
}
