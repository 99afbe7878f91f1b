using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Security;

public sealed class AccessGuardTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private AccessGuard _guard = null!;
    private int _ownUnit;
    private int _otherUnit;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await SmallPlanScenario.CreateAsync(_database);
        _ownUnit = await _database.UnitIdAsync("U1");
        _otherUnit = await _database.UnitIdAsync("U2");
        _guard = _database.Guard(TimeProvider.System);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task AReporterMayActForItsOwnUnitOnly()
    {
        var reporter = await TestAccounts.CreateAsync(_database, SteeringRole.UnitReporter, _ownUnit);

        var allowed = await _guard.AuthorizeAsync(new Caller(reporter.UserId), SteeringAction.UpdateAssignment, _ownUnit, "assignment 1", Token);
        var refused = await _guard.AuthorizeAsync(new Caller(reporter.UserId, "10.0.0.7"), SteeringAction.UpdateAssignment, _otherUnit, "assignment 2", Token);

        Assert.Equal(reporter, allowed);
        Assert.Null(refused);
        await using var db = _database.CreateDbContext();
        var entry = Assert.Single(await db.AuditEntries.ToListAsync(Token));
        Assert.Equal((AuditEvent.AccessDenied, reporter.UserId, "assignment 2", "10.0.0.7"), (entry.Event, entry.UserId, entry.Target, entry.Address));
        Assert.Contains(nameof(SteeringAction.UpdateAssignment), entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADisabledAccountIsRefusedWhateverItsRole()
    {
        var agency = await TestAccounts.CreateAsync(_database, SteeringRole.StandingAgency);
        Assert.NotNull(await _guard.AuthorizeAsync(new Caller(agency.UserId), SteeringAction.UpdateAssignment, _otherUnit, "assignment 2", Token));

        await TestAccounts.DisableAsync(_database, agency.UserId);

        Assert.Null(await _guard.AuthorizeAsync(new Caller(agency.UserId), SteeringAction.UpdateAssignment, _otherUnit, "assignment 2", Token));
        Assert.Null(await _guard.FindActorAsync(agency.UserId, Token));
    }

    [Fact]
    public async Task TheRoleIsReadFromTheStoreAtEachCheck()
    {
        var agency = await TestAccounts.CreateAsync(_database, SteeringRole.StandingAgency);
        await using (var db = _database.CreateDbContext())
        {
            await db.UserRoles.Where(r => r.UserId == agency.UserId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.RoleId, RoleIds.Of(SteeringRole.CommitteeMember)), Token);
        }

        Assert.Null(await _guard.AuthorizeAsync(new Caller(agency.UserId), SteeringAction.UpdateAssignment, _ownUnit, "assignment 1", Token));
    }

    [Fact]
    public async Task AnUnknownAccountIsRefusedAndAudited()
    {
        Assert.Null(await _guard.AuthorizeAsync(new Caller("no-such-user"), SteeringAction.ManageUsers, null, "users", Token));

        await using var db = _database.CreateDbContext();
        Assert.Equal("no-such-user", (await db.AuditEntries.SingleAsync(Token)).UserId);
    }

    [Fact]
    public async Task TheAuditLogRefusesUpdatesAndDeletes()
    {
        await new AuditLog(_database, TimeProvider.System, NullLogger<AuditLog>.Instance)
            .RecordAsync(AuditEvent.SignInSucceeded, "u1", "someone", cancellationToken: Token);
        await using var db = _database.CreateDbContext();

        var update = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(a => a.UserName, "someone else"), Token));
        var delete = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.AuditEntries.ExecuteDeleteAsync(Token));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal("someone", (await db.AuditEntries.SingleAsync(Token)).UserName);
    }

    [Fact]
    public void EveryRoleHasItsOwnRow()
    {
        Assert.All(Enum.GetValues<SteeringRole>(), role =>
            Assert.Contains(Enum.GetValues<SteeringAction>(), action => Permissions.AllowsSome(role, action)));
        Assert.Equal([SteeringRole.Administrator], Permissions.RolesAllowedSome(SteeringAction.ManageUsers));
    }
}
