using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Security;

/// <summary>The account operations on a store with the small plan's units (U1, U2, A1, S) and one administrator.</summary>
public sealed class UserAdministrationTests : IAsyncLifetime
{
    private const string GoodPassword = "sông Hồng mùa thu 2018";
    private const string OtherGoodPassword = "hoa sữa nồng nàn phố cổ";

    private static readonly DateTimeOffset Now = new(2026, 5, 4, 7, 20, 0, TimeSpan.Zero);

    private readonly FixedClock _clock = new(Now);
    private readonly QueryProbe _counter = new();
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;
    private Actor _admin = null!;
    private int _unit;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private UserAdministration Administration => _services.GetRequiredService<UserAdministration>();

    private Caller Admin => new(_admin.UserId, "10.0.0.9");

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await SmallPlanScenario.CreateAsync(_database);
        var services = new ServiceCollection().AddLogging();
        services.AddSteeringData(_database.ConnectionString, provider: _database.Provider);
        services.AddSteeringIdentityCore();
        services.AddSingleton<TimeProvider>(_clock);
        services.ConfigureDbContext<SteeringDbContext>(options => options.AddInterceptors(_counter), ServiceLifetime.Singleton);
        _services = services.BuildServiceProvider();
        _admin = await TestAccounts.CreateAsync(_database, SteeringRole.Administrator, userName: "admin.one");
        await using var db = _database.CreateDbContext();
        _unit = await db.Units.Where(u => u.Code == "U1").Select(u => u.Id).SingleAsync(Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task CreatesAReporterBoundToItsUnitWithThePasswordAndAuditsIt()
    {
        var outcome = await Administration.CreateAsync(Admin, new NewAccount(" reporter.u1 ", " Nguyễn Văn An ", SteeringRole.UnitReporter, _unit, GoodPassword), Token);

        var done = Assert.IsType<AccountOutcome.Done>(outcome);
        var actor = await _services.GetRequiredService<AccessGuard>().FindActorAsync(done.UserId, Token);
        Assert.Equal(new Actor(done.UserId, "reporter.u1", "Nguyễn Văn An", SteeringRole.UnitReporter, _unit), actor);
        Assert.True(await CheckPasswordAsync(done.UserId, GoodPassword));
        await using var db = _database.CreateDbContext();
        Assert.Equal(Now.UtcDateTime, (await db.Users.SingleAsync(u => u.Id == done.UserId, Token)).CreatedAtUtc);
        var entry = Assert.Single(await AuditEntriesAsync());
        Assert.Equal(
            (AuditEvent.UserCreated, _admin.UserId, "admin.one", "user reporter.u1", "10.0.0.9"),
            (entry.Event, entry.UserId, entry.UserName, entry.Target, entry.Address));
        Assert.Equal($"role UnitReporter, unit {_unit}", entry.Detail);
    }

    public static TheoryData<string, NewAccount> BadAccounts() => new()
    {
        { AccountErrors.PasswordTooShort, new NewAccount("member.one", "Member", SteeringRole.CommitteeMember, null, "eleven char") },
        { PasswordPolicy.CommonCode, new NewAccount("member.one", "Member", SteeringRole.CommitteeMember, null, "Password1234") },
        { PasswordPolicy.TooLongCode, new NewAccount("member.one", "Member", SteeringRole.CommitteeMember, null, new string('x', 129)) },
        { PasswordPolicy.ContainsUserNameCode, new NewAccount("member.one", "Member", SteeringRole.CommitteeMember, null, "i am member.one today") },
        { AccountErrors.DuplicateUserName, new NewAccount("ADMIN.ONE", "Member", SteeringRole.CommitteeMember, null, GoodPassword) },
        { AccountErrors.InvalidUserName, new NewAccount("member one!", "Member", SteeringRole.CommitteeMember, null, GoodPassword) },
        { AccountErrors.InvalidUserName, new NewAccount("  ", "Member", SteeringRole.CommitteeMember, null, GoodPassword) },
        { AccountErrors.DisplayNameRequired, new NewAccount("member.one", " ", SteeringRole.CommitteeMember, null, GoodPassword) },
        { AccountErrors.DisplayNameTooLong, new NewAccount("member.one", new string('a', 101), SteeringRole.CommitteeMember, null, GoodPassword) },
        { AccountErrors.UnitRequired, new NewAccount("reporter.one", "Reporter", SteeringRole.UnitReporter, null, GoodPassword) },
        { AccountErrors.UnitNotAllowed, new NewAccount("member.one", "Member", SteeringRole.CommitteeMember, 1, GoodPassword) },
        { AccountErrors.UnknownUnit, new NewAccount("reporter.one", "Reporter", SteeringRole.UnitReporter, 9999, GoodPassword) },
    };

    [Theory]
    [MemberData(nameof(BadAccounts))]
    public async Task ARefusedAccountIsNotCreatedAndSaysWhichRuleItBroke(string code, NewAccount account)
    {
        var outcome = await Administration.CreateAsync(Admin, account, Token);

        Assert.Contains(code, Assert.IsType<AccountOutcome.Invalid>(outcome).Errors);
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.Users.CountAsync(Token));
        Assert.Equal(1, await db.UserRoles.CountAsync(Token));
        Assert.Empty(await AuditEntriesAsync());
    }

    [Fact]
    public async Task EveryBrokenRuleOfANewAccountIsReportedAtOnce()
    {
        var outcome = await Administration.CreateAsync(Admin, new NewAccount("bad name", "", SteeringRole.UnitReporter, null, "short"), Token);

        Assert.Equal(
            [AccountErrors.DisplayNameRequired, AccountErrors.UnitRequired, AccountErrors.InvalidUserName, AccountErrors.PasswordTooShort],
            Assert.IsType<AccountOutcome.Invalid>(outcome).Errors);
    }

    [Fact]
    public async Task ListsEveryAccountWithRoleUnitStateAndLockoutInOneQuery()
    {
        var reporter = await CreatedAsync(new NewAccount("reporter.u1", "Reporter U1", SteeringRole.UnitReporter, _unit, GoodPassword));
        var member = await CreatedAsync(new NewAccount("member.one", "Member One", SteeringRole.CommitteeMember, null, GoodPassword));
        Assert.IsType<AccountOutcome.Done>(await Administration.DisableAsync(Admin, member, Token));
        await using (var db = _database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == reporter)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, Now.AddMinutes(10)), Token);
            await db.Users.Where(u => u.Id == member)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, Now.AddMinutes(-1)), Token);
        }

        _counter.Reset();
        var users = await Administration.ListAsync(Admin, Token);

        Assert.Equal(2, _counter.Count); // the guard's look-up of the caller, then the list
        Assert.NotNull(users);
        Assert.Equal(["admin.one", "member.one", "reporter.u1"], users.Select(u => u.UserName));
        var (admin, disabled, bound) = (users[0], users[1], users[2]);
        Assert.Equal((SteeringRole?)SteeringRole.Administrator, admin.Role);
        Assert.Equal(("Member One", SteeringRole.CommitteeMember, true, (DateTimeOffset?)null, (string?)null),
            (disabled.DisplayName, disabled.Role!.Value, disabled.IsDisabled, disabled.LockedOutUntil, disabled.Unit?.Code));
        Assert.Equal((SteeringRole.UnitReporter, "U1", false, (DateTimeOffset?)Now.AddMinutes(10), Now.UtcDateTime),
            (bound.Role!.Value, bound.Unit!.Code, bound.IsDisabled, bound.LockedOutUntil, bound.CreatedAtUtc));
    }

    [Fact]
    public async Task DisablingEndsTheAccountsSessionsAndTheGuardNoLongerFindsIt()
    {
        var agency = await CreatedAsync(new NewAccount("agency.one", "Agency", SteeringRole.StandingAgency, null, GoodPassword));
        var stampBefore = await StampAsync(agency);

        var outcome = await Administration.DisableAsync(Admin, agency, Token);

        Assert.Equal(new AccountOutcome.Done(agency), outcome);
        Assert.NotEqual(stampBefore, await StampAsync(agency));
        Assert.Null(await _services.GetRequiredService<AccessGuard>().FindActorAsync(agency, Token));
        var entry = (await AuditEntriesAsync()).Last();
        Assert.Equal((AuditEvent.UserDisabled, _admin.UserId, "user agency.one"), (entry.Event, entry.UserId, entry.Target));
    }

    [Fact]
    public async Task EnablingLetsTheAccountActAgain()
    {
        var agency = await CreatedAsync(new NewAccount("agency.one", "Agency", SteeringRole.StandingAgency, null, GoodPassword));
        Assert.IsType<AccountOutcome.Done>(await Administration.DisableAsync(Admin, agency, Token));

        var outcome = await Administration.EnableAsync(Admin, agency, Token);

        Assert.Equal(new AccountOutcome.Done(agency), outcome);
        Assert.Equal(SteeringRole.StandingAgency, (await _services.GetRequiredService<AccessGuard>().FindActorAsync(agency, Token))?.Role);
        Assert.True(await CheckPasswordAsync(agency, GoodPassword));
        Assert.Equal([AuditEvent.UserCreated, AuditEvent.UserDisabled, AuditEvent.UserEnabled], (await AuditEntriesAsync()).Select(e => e.Event));
    }

    [Fact]
    public async Task AnAdministratorCannotDisableThemself()
    {
        await CreatedAsync(new NewAccount("admin.two", "Admin Two", SteeringRole.Administrator, null, GoodPassword));

        var outcome = await Administration.DisableAsync(Admin, _admin.UserId, Token);

        Assert.Equal([AccountErrors.CannotDisableSelf], Assert.IsType<AccountOutcome.Invalid>(outcome).Errors);
        Assert.NotNull(await _services.GetRequiredService<AccessGuard>().FindActorAsync(_admin.UserId, Token));
    }

    [Fact]
    public async Task TwoAdministratorsDisablingEachOtherAtOnceLeaveOneEnabled()
    {
        var other = await CreatedAsync(new NewAccount("admin.two", "Admin Two", SteeringRole.Administrator, null, GoodPassword));

        var outcomes = await Task.WhenAll(
            Administration.DisableAsync(Admin, other, Token),
            Administration.DisableAsync(new Caller(other), _admin.UserId, Token));

        Assert.Single(outcomes, o => o is AccountOutcome.Done);
        Assert.Single(outcomes, o => o is AccountOutcome.Forbidden or AccountOutcome.Invalid { Errors: [AccountErrors.LastAdministrator] });
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.Users.CountAsync(u => !u.IsDisabled, Token));
    }

    [Fact]
    public async Task ResettingThePasswordReplacesItUnlocksTheAccountAndEndsItsSessions()
    {
        var member = await CreatedAsync(new NewAccount("member.one", "Member", SteeringRole.CommitteeMember, null, GoodPassword));
        await using (var db = _database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == member).ExecuteUpdateAsync(
                s => s.SetProperty(u => u.LockoutEnd, Now.AddMinutes(15)).SetProperty(u => u.AccessFailedCount, 5), Token);
        }

        var stampBefore = await StampAsync(member);

        var outcome = await Administration.ResetPasswordAsync(Admin, member, OtherGoodPassword, Token);

        Assert.Equal(new AccountOutcome.Done(member), outcome);
        Assert.True(await CheckPasswordAsync(member, OtherGoodPassword));
        Assert.False(await CheckPasswordAsync(member, GoodPassword));
        Assert.NotEqual(stampBefore, await StampAsync(member));
        await using (var db = _database.CreateDbContext())
        {
            var stored = await db.Users.SingleAsync(u => u.Id == member, Token);
            Assert.Equal(((DateTimeOffset?)null, 0), (stored.LockoutEnd, stored.AccessFailedCount));
        }

        var entry = (await AuditEntriesAsync()).Last();
        Assert.Equal((AuditEvent.PasswordReset, _admin.UserId, "user member.one", (string?)null), (entry.Event, entry.UserId, entry.Target, entry.Detail));
    }

    [Fact]
    public async Task APasswordAnAdministratorSetsOrResetsMustBeChangedAtTheNextSignIn()
    {
        var member = await CreatedAsync(new NewAccount("member.one", "Member", SteeringRole.CommitteeMember, null, GoodPassword));
        var afterCreation = await MustChangePasswordAsync(member);
        await using (var db = _database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == member).ExecuteUpdateAsync(s => s.SetProperty(u => u.MustChangePassword, false), Token);
        }

        Assert.IsType<AccountOutcome.Done>(await Administration.ResetPasswordAsync(Admin, member, OtherGoodPassword, Token));

        Assert.True(afterCreation);
        Assert.True(await MustChangePasswordAsync(member));
    }

    [Fact]
    public async Task ResettingTheSecondFactorForgetsTheKeyAndRecoveryCodesEndsTheSessionsAndIsAudited()
    {
        var admin2 = await CreatedAsync(new NewAccount("admin.two", "Admin Two", SteeringRole.Administrator, null, GoodPassword));
        await using (var scope = _services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<SteeringUser>>();
            var user = (await users.FindByIdAsync(admin2))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, SecondFactor.RecoveryCodeCount);
        }

        var listedBefore = (await Administration.ListAsync(Admin, Token))!.Single(u => u.UserId == admin2).HasSecondFactor;
        var stampBefore = await StampAsync(admin2);

        var outcome = await Administration.ResetSecondFactorAsync(Admin, admin2, Token);

        Assert.Equal(new AccountOutcome.Done(admin2), outcome);
        Assert.True(listedBefore);
        Assert.False((await Administration.ListAsync(Admin, Token))!.Single(u => u.UserId == admin2).HasSecondFactor);
        Assert.NotEqual(stampBefore, await StampAsync(admin2));
        await using (var db = _database.CreateDbContext())
        {
            Assert.False(await db.UserTokens.AnyAsync(t => t.UserId == admin2, Token));
        }

        var entry = (await AuditEntriesAsync()).Last();
        Assert.Equal((AuditEvent.SecondFactorReset, _admin.UserId, "user admin.two", "10.0.0.9"), (entry.Event, entry.UserId, entry.Target, entry.Address));
    }

    [Theory]
    [InlineData("eleven char", AccountErrors.PasswordTooShort)]
    [InlineData("Password1234", PasswordPolicy.CommonCode)]
    [InlineData("member.one is my name", PasswordPolicy.ContainsUserNameCode)]
    public async Task AResetPasswordFollowsThePolicy(string password, string code)
    {
        var member = await CreatedAsync(new NewAccount("member.one", "Member", SteeringRole.CommitteeMember, null, GoodPassword));
        var stampBefore = await StampAsync(member);

        var outcome = await Administration.ResetPasswordAsync(Admin, member, password, Token);

        Assert.Equal([code], Assert.IsType<AccountOutcome.Invalid>(outcome).Errors);
        Assert.True(await CheckPasswordAsync(member, GoodPassword));
        Assert.Equal(stampBefore, await StampAsync(member));
    }

    [Fact]
    public async Task AssigningARoleAndUnitReplacesTheOldOnesAndEndsTheSessions()
    {
        var agency = await CreatedAsync(new NewAccount("agency.one", "Agency", SteeringRole.StandingAgency, null, GoodPassword));
        var stampBefore = await StampAsync(agency);

        var outcome = await Administration.AssignRoleAsync(Admin, agency, SteeringRole.UnitReporter, _unit, Token);

        Assert.Equal(new AccountOutcome.Done(agency), outcome);
        Assert.Equal(
            new Actor(agency, "agency.one", "Agency", SteeringRole.UnitReporter, _unit),
            await _services.GetRequiredService<AccessGuard>().FindActorAsync(agency, Token));
        Assert.NotEqual(stampBefore, await StampAsync(agency));
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.UserRoles.CountAsync(r => r.UserId == agency, Token));
        var entry = (await AuditEntriesAsync()).Last();
        Assert.Equal(
            (AuditEvent.RoleAssigned, _admin.UserId, "user agency.one", $"role StandingAgency → UnitReporter, unit none → {_unit}"),
            (entry.Event, entry.UserId, entry.Target, entry.Detail));
    }

    [Theory]
    [InlineData(SteeringRole.UnitReporter, null, AccountErrors.UnitRequired)]
    [InlineData(SteeringRole.Secretariat, 1, AccountErrors.UnitNotAllowed)]
    [InlineData(SteeringRole.UnitReporter, 9999, AccountErrors.UnknownUnit)]
    public async Task ARoleIsAssignedOnlyWithAUnitThatFitsIt(SteeringRole role, int? unitId, string code)
    {
        var agency = await CreatedAsync(new NewAccount("agency.one", "Agency", SteeringRole.StandingAgency, null, GoodPassword));

        var outcome = await Administration.AssignRoleAsync(Admin, agency, role, unitId, Token);

        Assert.Equal([code], Assert.IsType<AccountOutcome.Invalid>(outcome).Errors);
        Assert.Equal(SteeringRole.StandingAgency, (await _services.GetRequiredService<AccessGuard>().FindActorAsync(agency, Token))?.Role);
    }

    [Fact]
    public async Task TheLastEnabledAdministratorCannotBeGivenAnotherRole()
    {
        var disabledAdmin = await CreatedAsync(new NewAccount("admin.two", "Admin Two", SteeringRole.Administrator, null, GoodPassword));
        Assert.IsType<AccountOutcome.Done>(await Administration.DisableAsync(Admin, disabledAdmin, Token));

        var outcome = await Administration.AssignRoleAsync(Admin, _admin.UserId, SteeringRole.CommitteeMember, null, Token);

        Assert.Equal([AccountErrors.LastAdministrator], Assert.IsType<AccountOutcome.Invalid>(outcome).Errors);
        Assert.Equal(SteeringRole.Administrator, (await _services.GetRequiredService<AccessGuard>().FindActorAsync(_admin.UserId, Token))?.Role);
    }

    [Fact]
    public async Task AnAdministratorMayStepDownWhileAnotherRemains()
    {
        await CreatedAsync(new NewAccount("admin.two", "Admin Two", SteeringRole.Administrator, null, GoodPassword));

        var outcome = await Administration.AssignRoleAsync(Admin, _admin.UserId, SteeringRole.CommitteeMember, null, Token);

        Assert.Equal(new AccountOutcome.Done(_admin.UserId), outcome);
        Assert.Equal(SteeringRole.CommitteeMember, (await _services.GetRequiredService<AccessGuard>().FindActorAsync(_admin.UserId, Token))?.Role);
    }

    [Fact]
    public async Task AnUnknownAccountIsNotFound()
    {
        Assert.IsType<AccountOutcome.NotFound>(await Administration.DisableAsync(Admin, "no-such-user", Token));
        Assert.IsType<AccountOutcome.NotFound>(await Administration.EnableAsync(Admin, "no-such-user", Token));
        Assert.IsType<AccountOutcome.NotFound>(await Administration.ResetPasswordAsync(Admin, "no-such-user", GoodPassword, Token));
        Assert.IsType<AccountOutcome.NotFound>(await Administration.AssignRoleAsync(Admin, "no-such-user", SteeringRole.Secretariat, null, Token));
        Assert.Empty(await AuditEntriesAsync());
    }

    public static TheoryData<string> Operations() => [.. OperationsAs.Keys];

    private static readonly Dictionary<string, Func<UserAdministration, Caller, string, Task<AccountOutcome>>> OperationsAs = new()
    {
        ["create"] = (a, caller, _) => a.CreateAsync(caller, new NewAccount("new.member", "New", SteeringRole.CommitteeMember, null, GoodPassword), Token),
        ["disable"] = (a, caller, target) => a.DisableAsync(caller, target, Token),
        ["enable"] = (a, caller, target) => a.EnableAsync(caller, target, Token),
        ["reset password"] = (a, caller, target) => a.ResetPasswordAsync(caller, target, OtherGoodPassword, Token),
        ["assign role"] = (a, caller, target) => a.AssignRoleAsync(caller, target, SteeringRole.Administrator, null, Token),
        ["reset second factor"] = (a, caller, target) => a.ResetSecondFactorAsync(caller, target, Token),
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task EveryOperationRefusesANonAdministratorChangesNothingAndAuditsTheRefusal(string operation)
    {
        var secretariat = await TestAccounts.CreateAsync(_database, SteeringRole.Secretariat, userName: "secretariat.one");
        var target = await CreatedAsync(new NewAccount("member.one", "Member", SteeringRole.CommitteeMember, null, GoodPassword));
        if (operation == "enable")
        {
            Assert.IsType<AccountOutcome.Done>(await Administration.DisableAsync(Admin, target, Token));
        }

        var before = await SnapshotAsync();
        var entriesBefore = (await AuditEntriesAsync()).Count;

        var outcome = await OperationsAs[operation](Administration, new Caller(secretariat.UserId, "10.0.0.66"), target);

        Assert.IsType<AccountOutcome.Forbidden>(outcome);
        Assert.Equal(before, await SnapshotAsync());
        var entries = await AuditEntriesAsync();
        Assert.Equal(entriesBefore + 1, entries.Count);
        Assert.Equal((AuditEvent.AccessDenied, secretariat.UserId, "10.0.0.66"), (entries[^1].Event, entries[^1].UserId, entries[^1].Address));
        Assert.Contains(nameof(SteeringAction.ManageUsers), entries[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANonAdministratorCannotListTheAccounts()
    {
        var reporter = await TestAccounts.CreateAsync(_database, SteeringRole.UnitReporter, _unit);

        Assert.Null(await Administration.ListAsync(new Caller(reporter.UserId), Token));
        Assert.Equal(AuditEvent.AccessDenied, Assert.Single(await AuditEntriesAsync()).Event);
    }

    [Fact]
    public async Task ADisabledAdministratorIsRefused()
    {
        var other = await CreatedAsync(new NewAccount("admin.two", "Admin Two", SteeringRole.Administrator, null, GoodPassword));
        Assert.IsType<AccountOutcome.Done>(await Administration.DisableAsync(Admin, other, Token));

        Assert.IsType<AccountOutcome.Forbidden>(await Administration.EnableAsync(new Caller(other), other, Token));
        Assert.Null(await _services.GetRequiredService<AccessGuard>().FindActorAsync(other, Token));
    }

    [Fact]
    public async Task NoPasswordReachesTheAuditLog()
    {
        var member = await CreatedAsync(new NewAccount("member.one", "Member", SteeringRole.CommitteeMember, null, GoodPassword));
        Assert.IsType<AccountOutcome.Done>(await Administration.ResetPasswordAsync(Admin, member, OtherGoodPassword, Token));
        Assert.IsType<AccountOutcome.Invalid>(await Administration.ResetPasswordAsync(Admin, member, "Password1234", Token));
        Assert.IsType<AccountOutcome.Done>(await Administration.AssignRoleAsync(Admin, member, SteeringRole.Secretariat, null, Token));
        Assert.IsType<AccountOutcome.Done>(await Administration.DisableAsync(Admin, member, Token));
        Assert.IsType<AccountOutcome.Done>(await Administration.EnableAsync(Admin, member, Token));

        var entries = await AuditEntriesAsync();

        Assert.Equal(
            [AuditEvent.UserCreated, AuditEvent.PasswordReset, AuditEvent.RoleAssigned, AuditEvent.UserDisabled, AuditEvent.UserEnabled],
            entries.Select(e => e.Event));
        var everyText = string.Join("\n", entries.SelectMany(e => new[] { e.UserId, e.UserName, e.Target, e.Detail, e.Address }));
        Assert.All(new[] { GoodPassword, OtherGoodPassword, "Password1234", "sông", "hoa sữa" }, secret =>
            Assert.DoesNotContain(secret, everyText, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<string> CreatedAsync(NewAccount account) =>
        Assert.IsType<AccountOutcome.Done>(await Administration.CreateAsync(Admin, account, Token)).UserId;

    private async Task<bool> CheckPasswordAsync(string userId, string password)
    {
        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SteeringUser>>();
        return await users.CheckPasswordAsync((await users.FindByIdAsync(userId))!, password);
    }

    private async Task<bool> MustChangePasswordAsync(string userId)
    {
        await using var db = _database.CreateDbContext();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.MustChangePassword).SingleAsync(Token);
    }

    private async Task<string?> StampAsync(string userId)
    {
        await using var db = _database.CreateDbContext();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync(Token);
    }

    private async Task<List<AuditEntry>> AuditEntriesAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.AuditEntries.OrderBy(e => e.Id).ToListAsync(Token);
    }

    /// <summary>Every account's stored columns and role, as text, to compare before and after a refused change.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = _database.CreateDbContext();
        var users = await db.Users.OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.UnitId, u.IsDisabled, u.PasswordHash, u.SecurityStamp, u.ConcurrencyStamp, u.TwoFactorEnabled })
            .ToListAsync(Token);
        var roles = await db.UserRoles.OrderBy(r => r.UserId).Select(r => r.UserId + ":" + r.RoleId).ToListAsync(Token);
        return string.Join("\n", users.Select(u => u.ToString()).Concat(roles));
    }
}
