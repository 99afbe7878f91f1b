using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Tests.Security;

/// <summary>Creating and listing accounts, and the refusals of every operation to anyone but an enabled administrator.</summary>
public sealed class UserAdministrationTests : UserAdministrationTestBase
{
    [Fact]
    public async Task CreatesAReporterBoundToItsUnitWithThePasswordAndAuditsIt()
    {
        var outcome = await Administration.CreateAsync(Admin, new NewAccount(" reporter.u1 ", " Nguyễn Văn An ", SteeringRole.UnitReporter, Unit, GoodPassword), Token);

        var done = Assert.IsType<AccountOutcome.Done>(outcome);
        var actor = await Services.GetRequiredService<AccessGuard>().FindActorAsync(done.UserId, Token);
        Assert.Equal(new Actor(done.UserId, "reporter.u1", "Nguyễn Văn An", SteeringRole.UnitReporter, Unit), actor);
        Assert.True(await CheckPasswordAsync(done.UserId, GoodPassword));
        await using var db = Database.CreateDbContext();
        Assert.Equal(Now.UtcDateTime, (await db.Users.SingleAsync(u => u.Id == done.UserId, Token)).CreatedAtUtc);
        var entry = Assert.Single(await AuditEntriesAsync());
        Assert.Equal(
            (AuditEvent.UserCreated, AdminAccount.UserId, "admin.one", "user reporter.u1", "10.0.0.9"),
            (entry.Event, entry.UserId, entry.UserName, entry.Target, entry.Address));
        Assert.Equal($"role UnitReporter, unit {Unit}", entry.Detail);
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
        await using var db = Database.CreateDbContext();
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
        var reporter = await CreatedAsync(new NewAccount("reporter.u1", "Reporter U1", SteeringRole.UnitReporter, Unit, GoodPassword));
        var member = await CreatedAsync(new NewAccount("member.one", "Member One", SteeringRole.CommitteeMember, null, GoodPassword));
        Assert.IsType<AccountOutcome.Done>(await Administration.DisableAsync(Admin, member, Token));
        await using (var db = Database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == reporter)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, Now.AddMinutes(10)), Token);
            await db.Users.Where(u => u.Id == member)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, Now.AddMinutes(-1)), Token);
        }

        Counter.Reset();
        var users = await Administration.ListAsync(Admin, Token);

        Assert.Equal(2, Counter.Count); // the guard's look-up of the caller, then the list
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
        var secretariat = await TestAccounts.CreateAsync(Database, SteeringRole.Secretariat, userName: "secretariat.one");
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
        var reporter = await TestAccounts.CreateAsync(Database, SteeringRole.UnitReporter, Unit);

        Assert.Null(await Administration.ListAsync(new Caller(reporter.UserId), Token));
        Assert.Equal(AuditEvent.AccessDenied, Assert.Single(await AuditEntriesAsync()).Event);
    }

    [Fact]
    public async Task ADisabledAdministratorIsRefused()
    {
        var other = await CreatedAsync(new NewAccount("admin.two", "Admin Two", SteeringRole.Administrator, null, GoodPassword));
        Assert.IsType<AccountOutcome.Done>(await Administration.DisableAsync(Admin, other, Token));

        Assert.IsType<AccountOutcome.Forbidden>(await Administration.EnableAsync(new Caller(other), other, Token));
        Assert.Null(await Services.GetRequiredService<AccessGuard>().FindActorAsync(other, Token));
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
}
