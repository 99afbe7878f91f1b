using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Tests.Security;

/// <summary>Disabling, enabling, resetting the password or second factor, and assigning the role of an account.</summary>
public sealed class UserAdministrationChangeTests : UserAdministrationTestBase
{
    [Fact]
    public async Task DisablingEndsTheAccountsSessionsAndTheGuardNoLongerFindsIt()
    {
        var agency = await CreatedAsync(new NewAccount("agency.one", "Agency", SteeringRole.StandingAgency, null, GoodPassword));
        var stampBefore = await StampAsync(agency);

        var outcome = await Administration.DisableAsync(Admin, agency, Token);

        Assert.Equal(new AccountOutcome.Done(agency), outcome);
        Assert.NotEqual(stampBefore, await StampAsync(agency));
        Assert.Null(await Services.GetRequiredService<AccessGuard>().FindActorAsync(agency, Token));
        var entry = (await AuditEntriesAsync()).Last();
        Assert.Equal((AuditEvent.UserDisabled, AdminAccount.UserId, "user agency.one"), (entry.Event, entry.UserId, entry.Target));
    }

    [Fact]
    public async Task EnablingLetsTheAccountActAgain()
    {
        var agency = await CreatedAsync(new NewAccount("agency.one", "Agency", SteeringRole.StandingAgency, null, GoodPassword));
        Assert.IsType<AccountOutcome.Done>(await Administration.DisableAsync(Admin, agency, Token));

        var outcome = await Administration.EnableAsync(Admin, agency, Token);

        Assert.Equal(new AccountOutcome.Done(agency), outcome);
        Assert.Equal(SteeringRole.StandingAgency, (await Services.GetRequiredService<AccessGuard>().FindActorAsync(agency, Token))?.Role);
        Assert.True(await CheckPasswordAsync(agency, GoodPassword));
        Assert.Equal([AuditEvent.UserCreated, AuditEvent.UserDisabled, AuditEvent.UserEnabled], (await AuditEntriesAsync()).Select(e => e.Event));
    }

    [Fact]
    public async Task AnAdministratorCannotDisableThemself()
    {
        await CreatedAsync(new NewAccount("admin.two", "Admin Two", SteeringRole.Administrator, null, GoodPassword));

        var outcome = await Administration.DisableAsync(Admin, AdminAccount.UserId, Token);

        Assert.Equal([AccountErrors.CannotDisableSelf], Assert.IsType<AccountOutcome.Invalid>(outcome).Errors);
        Assert.NotNull(await Services.GetRequiredService<AccessGuard>().FindActorAsync(AdminAccount.UserId, Token));
    }

    [Fact]
    public async Task TwoAdministratorsDisablingEachOtherAtOnceLeaveOneEnabled()
    {
        var other = await CreatedAsync(new NewAccount("admin.two", "Admin Two", SteeringRole.Administrator, null, GoodPassword));

        var outcomes = await Task.WhenAll(
            Administration.DisableAsync(Admin, other, Token),
            Administration.DisableAsync(new Caller(other), AdminAccount.UserId, Token));

        Assert.Single(outcomes, o => o is AccountOutcome.Done);
        Assert.Single(outcomes, o => o is AccountOutcome.Forbidden or AccountOutcome.Invalid { Errors: [AccountErrors.LastAdministrator] });
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.Users.CountAsync(u => !u.IsDisabled, Token));
    }

    [Fact]
    public async Task ResettingThePasswordReplacesItUnlocksTheAccountAndEndsItsSessions()
    {
        var member = await CreatedAsync(new NewAccount("member.one", "Member", SteeringRole.CommitteeMember, null, GoodPassword));
        await using (var db = Database.CreateDbContext())
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
        await using (var db = Database.CreateDbContext())
        {
            var stored = await db.Users.SingleAsync(u => u.Id == member, Token);
            Assert.Equal(((DateTimeOffset?)null, 0), (stored.LockoutEnd, stored.AccessFailedCount));
        }

        var entry = (await AuditEntriesAsync()).Last();
        Assert.Equal((AuditEvent.PasswordReset, AdminAccount.UserId, "user member.one", (string?)null), (entry.Event, entry.UserId, entry.Target, entry.Detail));
    }

    [Fact]
    public async Task APasswordAnAdministratorSetsOrResetsMustBeChangedAtTheNextSignIn()
    {
        var member = await CreatedAsync(new NewAccount("member.one", "Member", SteeringRole.CommitteeMember, null, GoodPassword));
        var afterCreation = await MustChangePasswordAsync(member);
        await using (var db = Database.CreateDbContext())
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
        await using (var scope = Services.CreateAsyncScope())
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
        await using (var db = Database.CreateDbContext())
        {
            Assert.False(await db.UserTokens.AnyAsync(t => t.UserId == admin2, Token));
        }

        var entry = (await AuditEntriesAsync()).Last();
        Assert.Equal((AuditEvent.SecondFactorReset, AdminAccount.UserId, "user admin.two", "10.0.0.9"), (entry.Event, entry.UserId, entry.Target, entry.Address));
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

        var outcome = await Administration.AssignRoleAsync(Admin, agency, SteeringRole.UnitReporter, Unit, Token);

        Assert.Equal(new AccountOutcome.Done(agency), outcome);
        Assert.Equal(
            new Actor(agency, "agency.one", "Agency", SteeringRole.UnitReporter, Unit),
            await Services.GetRequiredService<AccessGuard>().FindActorAsync(agency, Token));
        Assert.NotEqual(stampBefore, await StampAsync(agency));
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.UserRoles.CountAsync(r => r.UserId == agency, Token));
        var entry = (await AuditEntriesAsync()).Last();
        Assert.Equal(
            (AuditEvent.RoleAssigned, AdminAccount.UserId, "user agency.one", $"role StandingAgency → UnitReporter, unit none → {Unit}"),
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
        Assert.Equal(SteeringRole.StandingAgency, (await Services.GetRequiredService<AccessGuard>().FindActorAsync(agency, Token))?.Role);
    }

    [Fact]
    public async Task TheLastEnabledAdministratorCannotBeGivenAnotherRole()
    {
        var disabledAdmin = await CreatedAsync(new NewAccount("admin.two", "Admin Two", SteeringRole.Administrator, null, GoodPassword));
        Assert.IsType<AccountOutcome.Done>(await Administration.DisableAsync(Admin, disabledAdmin, Token));

        var outcome = await Administration.AssignRoleAsync(Admin, AdminAccount.UserId, SteeringRole.CommitteeMember, null, Token);

        Assert.Equal([AccountErrors.LastAdministrator], Assert.IsType<AccountOutcome.Invalid>(outcome).Errors);
        Assert.Equal(SteeringRole.Administrator, (await Services.GetRequiredService<AccessGuard>().FindActorAsync(AdminAccount.UserId, Token))?.Role);
    }

    [Fact]
    public async Task AnAdministratorMayStepDownWhileAnotherRemains()
    {
        await CreatedAsync(new NewAccount("admin.two", "Admin Two", SteeringRole.Administrator, null, GoodPassword));

        var outcome = await Administration.AssignRoleAsync(Admin, AdminAccount.UserId, SteeringRole.CommitteeMember, null, Token);

        Assert.Equal(new AccountOutcome.Done(AdminAccount.UserId), outcome);
        Assert.Equal(SteeringRole.CommitteeMember, (await Services.GetRequiredService<AccessGuard>().FindActorAsync(AdminAccount.UserId, Token))?.Role);
    }
}
