using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;

namespace SteeringDashboard.Core.Security;

/// <summary>An account as the administration screen lists it.</summary>
/// <param name="Role">Null only for an account that lost its role outside the application.</param>
/// <param name="LockedOutUntil">When a lockout after failed sign-ins ends; null when the account is not locked out now.</param>
/// <param name="HasSecondFactor">Whether the account signs in with an authenticator-app code as well.</param>
public sealed record UserSummary(
    string UserId,
    string UserName,
    string DisplayName,
    SteeringRole? Role,
    UnitName? Unit,
    bool IsDisabled,
    DateTimeOffset? LockedOutUntil,
    DateTime CreatedAtUtc,
    bool HasSecondFactor);

/// <summary>An account to create: the unit is required for a unit reporter and not allowed for the other roles.</summary>
public sealed record NewAccount(string UserName, string DisplayName, SteeringRole Role, int? UnitId, string Password);

/// <summary>
/// The error codes of an account change. Identity's own codes (user name and password rules) come through as Identity
/// names them; <see cref="PasswordPolicy"/> adds its codes; the rest are the administration's.
/// </summary>
public static class AccountErrors
{
    public const string PasswordTooShort = nameof(IdentityErrorDescriber.PasswordTooShort);
    public const string DuplicateUserName = nameof(IdentityErrorDescriber.DuplicateUserName);
    public const string InvalidUserName = nameof(IdentityErrorDescriber.InvalidUserName);
    public const string DisplayNameRequired = "DisplayNameRequired";
    public const string DisplayNameTooLong = "DisplayNameTooLong";
    public const string UnitRequired = "UnitRequired";
    public const string UnitNotAllowed = "UnitNotAllowed";
    public const string UnknownUnit = "UnknownUnit";
    public const string LastAdministrator = "LastAdministrator";
    public const string CannotDisableSelf = "CannotDisableSelf";

    /// <summary>The longest display name the store keeps.</summary>
    public const int DisplayNameMaxLength = 100;
}

/// <summary>What became of an account change.</summary>
public abstract record AccountOutcome
{
    private AccountOutcome()
    {
    }

    /// <summary>The change is stored (or there was nothing to change) and audited.</summary>
    public sealed record Done(string UserId) : AccountOutcome;

    /// <summary>Nothing was stored; each code is one rule the change broke (see <see cref="AccountErrors"/>).</summary>
    public sealed record Invalid(IReadOnlyList<string> Errors) : AccountOutcome;

    public sealed record NotFound : AccountOutcome;

    /// <summary>The caller may not manage users (now): nothing was read or stored, and the refusal is audited.</summary>
    public sealed record Forbidden : AccountOutcome;
}

/// <summary>
/// The administrators' account operations. Each checks <see cref="SteeringAction.ManageUsers"/> for the caller as the
/// store says now. A change runs on a scope of its own (UserManager is scoped and holds a context) in one transaction,
/// which also serialises the last-administrator checks against concurrent changes (SQLite's BEGIN IMMEDIATE), and is
/// audited after it commits, with the administrator as the user and the account as the target. Passwords never reach
/// the audit log.
/// </summary>
public sealed class UserAdministration(
    IDbContextFactory<SteeringDbContext> factory, IServiceScopeFactory scopes, AccessGuard guard, AuditLog audit, TimeProvider clock)
{
    private static readonly string AdministratorRoleId = RoleIds.Of(SteeringRole.Administrator);

    /// <summary>Every account ordered by user name, in one query; null when the caller may not manage users (audited).</summary>
    public async Task<IReadOnlyList<UserSummary>?> ListAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        if (await guard.AuthorizeAsync(caller, SteeringAction.ManageUsers, null, "users", cancellationToken) is null)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Users
            .OrderBy(u => u.UserName)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.DisplayName,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .FirstOrDefault(),
                Unit = u.Unit == null ? null : new UnitName(u.Unit.Id, u.Unit.Code, u.Unit.NameVi, u.Unit.NameEn, u.Unit.Kind, u.Unit.IsDemo),
                u.IsDisabled,
                u.LockoutEnd,
                u.CreatedAtUtc,
                u.TwoFactorEnabled,
            })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return rows
            .Select(r => new UserSummary(
                r.Id,
                r.UserName ?? r.Id,
                r.DisplayName,
                Enum.TryParse<SteeringRole>(r.Role, out var role) ? role : null,
                r.Unit,
                r.IsDisabled,
                r.LockoutEnd > now ? r.LockoutEnd : null,
                r.CreatedAtUtc,
                r.TwoFactorEnabled))
            .ToList();
    }

    /// <summary>The units an account can be bound to (all districts and agencies), unordered: the screen sorts by its language.</summary>
    public async Task<IReadOnlyList<UnitName>> UnitsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Units
            .Select(u => new UnitName(u.Id, u.Code, u.NameVi, u.NameEn, u.Kind, u.IsDemo))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Creates an enabled account with its role, unit and initial password; every broken rule is reported at once.</summary>
    public async Task<AccountOutcome> CreateAsync(Caller caller, NewAccount account, CancellationToken cancellationToken = default)
    {
        var userName = account.UserName.Trim();
        if (await guard.AuthorizeAsync(caller, SteeringAction.ManageUsers, null, Target(userName), cancellationToken) is not { } admin)
        {
            return new AccountOutcome.Forbidden();
        }

        await using var scope = scopes.CreateAsyncScope();
        var (db, users) = Services(scope);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new SteeringUser
        {
            UserName = userName,
            DisplayName = account.DisplayName.Trim(),
            UnitId = account.UnitId,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            // The administrator knows this password: the person chooses their own at the first sign-in.
            MustChangePassword = true,
        };

        List<string> errors =
        [
            .. DisplayNameErrors(user.DisplayName),
            .. await UnitErrorsAsync(db, account.Role, account.UnitId, cancellationToken),
            .. await UserErrorsAsync(users, user),
            .. await PasswordErrorsAsync(users, user, account.Password),
        ];
        if (errors.Count > 0)
        {
            return new AccountOutcome.Invalid(errors.Distinct().ToList());
        }

        if ((Failure(await users.CreateAsync(user, account.Password)) ?? Failure(await users.AddToRoleAsync(user, account.Role.ToString()))) is { } failed)
        {
            return failed;
        }

        await transaction.CommitAsync(cancellationToken);
        await AuditAsync(AuditEvent.UserCreated, admin, caller, user, $"role {account.Role}, unit {UnitText(account.UnitId)}", cancellationToken);
        return new AccountOutcome.Done(user.Id);
    }

    /// <summary>
    /// Disables the account and changes its security stamp, so that it cannot sign in and its open sessions and circuits
    /// end at their next check. An administrator cannot disable themself, nor the last enabled administrator.
    /// </summary>
    public Task<AccountOutcome> DisableAsync(Caller caller, string userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(caller, userId, async (db, users, user, admin) =>
        {
            if (user.Id == admin.UserId)
            {
                return new Step(new AccountOutcome.Invalid([AccountErrors.CannotDisableSelf]));
            }

            if (user.IsDisabled)
            {
                return Unchanged(user);
            }

            if (await IsLastEnabledAdministratorAsync(db, user.Id, cancellationToken))
            {
                return new Step(new AccountOutcome.Invalid([AccountErrors.LastAdministrator]));
            }

            user.IsDisabled = true;
            return Stored(user, await users.UpdateSecurityStampAsync(user), AuditEvent.UserDisabled);
        }, cancellationToken);

    /// <summary>Lets a disabled account sign in again (with its existing password).</summary>
    public Task<AccountOutcome> EnableAsync(Caller caller, string userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(caller, userId, async (_, users, user, _) =>
        {
            if (!user.IsDisabled)
            {
                return Unchanged(user);
            }

            user.IsDisabled = false;
            return Stored(user, await users.UpdateAsync(user), AuditEvent.UserEnabled);
        }, cancellationToken);

    /// <summary>
    /// Sets a new password under the policy, to be changed at the next sign-in, ends the account's lockout (the person has
    /// been in touch) and changes the security stamp, so that sessions signed in with the old password end.
    /// </summary>
    public Task<AccountOutcome> ResetPasswordAsync(Caller caller, string userId, string newPassword, CancellationToken cancellationToken = default) =>
        ChangeAsync(caller, userId, async (_, users, user, _) =>
        {
            var errors = await PasswordErrorsAsync(users, user, newPassword);
            if (errors.Count > 0)
            {
                return new Step(new AccountOutcome.Invalid(errors));
            }

            user.PasswordHash = users.PasswordHasher.HashPassword(user, newPassword);
            user.MustChangePassword = true;
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            return Stored(user, await users.UpdateSecurityStampAsync(user), AuditEvent.PasswordReset);
        }, cancellationToken);

    /// <summary>
    /// Forgets the account's authenticator key and recovery codes (a lost phone): the person enrols again at the next
    /// sign-in when their role requires a second factor. Changes the security stamp, so that open sessions end.
    /// </summary>
    public Task<AccountOutcome> ResetSecondFactorAsync(Caller caller, string userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(caller, userId, async (_, users, user, _) =>
        {
            var result = await users.SetTwoFactorEnabledAsync(user, false);
            result = result.Succeeded ? await users.RemoveAuthenticationTokenAsync(user, SecondFactorTokens.LoginProvider, SecondFactorTokens.AuthenticatorKey) : result;
            result = result.Succeeded ? await users.RemoveAuthenticationTokenAsync(user, SecondFactorTokens.LoginProvider, SecondFactorTokens.RecoveryCodes) : result;
            result = result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
            return Stored(user, result, AuditEvent.SecondFactorReset);
        }, cancellationToken);

    /// <summary>
    /// Gives the account a role and, for a unit reporter, a unit; changes the security stamp so that sessions carrying the
    /// old role end. The last enabled administrator cannot be given another role.
    /// </summary>
    public Task<AccountOutcome> AssignRoleAsync(
        Caller caller, string userId, SteeringRole role, int? unitId, CancellationToken cancellationToken = default) =>
        ChangeAsync(caller, userId, async (db, users, user, _) =>
        {
            var currentRoles = await users.GetRolesAsync(user);
            var current = currentRoles.Select(name => Enum.TryParse<SteeringRole>(name, out var parsed) ? parsed : (SteeringRole?)null).FirstOrDefault();
            var errors = await UnitErrorsAsync(db, role, unitId, cancellationToken);
            if (role != SteeringRole.Administrator && await IsLastEnabledAdministratorAsync(db, user.Id, cancellationToken))
            {
                errors.Add(AccountErrors.LastAdministrator);
            }

            if (errors.Count > 0)
            {
                return new Step(new AccountOutcome.Invalid(errors));
            }

            if (current == role && currentRoles.Count == 1 && user.UnitId == unitId)
            {
                return Unchanged(user);
            }

            var previousUnit = user.UnitId;
            user.UnitId = unitId;
            var result = await users.RemoveFromRolesAsync(user, currentRoles);
            result = result.Succeeded ? await users.AddToRoleAsync(user, role.ToString()) : result;
            result = result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
            return Stored(
                user, result, AuditEvent.RoleAssigned, $"role {current?.ToString() ?? "none"} → {role}, unit {UnitText(previousUnit)} → {UnitText(unitId)}");
        }, cancellationToken);

    /// <summary>
    /// One change of an existing account: checks the caller, opens a scope and a transaction, finds the account and lets
    /// <paramref name="change"/> decide. The transaction commits, and the change is audited, only when the step says what to audit.
    /// </summary>
    private async Task<AccountOutcome> ChangeAsync(
        Caller caller,
        string userId,
        Func<SteeringDbContext, UserManager<SteeringUser>, SteeringUser, Actor, Task<Step>> change,
        CancellationToken cancellationToken)
    {
        if (await guard.AuthorizeAsync(caller, SteeringAction.ManageUsers, null, Target(userId), cancellationToken) is not { } admin)
        {
            return new AccountOutcome.Forbidden();
        }

        await using var scope = scopes.CreateAsyncScope();
        var (db, users) = Services(scope);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return new AccountOutcome.NotFound();
        }

        var step = await change(db, users, user, admin);
        if (step.Audit is { } auditEvent)
        {
            await transaction.CommitAsync(cancellationToken);
            await AuditAsync(auditEvent, admin, caller, user, step.Detail, cancellationToken);
        }

        return step.Outcome;
    }

    /// <summary>How one change of an account ended, and what to audit when it stored something.</summary>
    private sealed record Step(AccountOutcome Outcome, AuditEvent? Audit = null, string? Detail = null);

    /// <summary>Nothing to change: done, with nothing to commit or audit.</summary>
    private static Step Unchanged(SteeringUser user) => new(new AccountOutcome.Done(user.Id));

    /// <summary>Done and audited when Identity stored the change; otherwise its error codes, and the transaction rolls back.</summary>
    private static Step Stored(SteeringUser user, IdentityResult result, AuditEvent auditEvent, string? detail = null) =>
        Failure(result) is { } failed ? new Step(failed) : new Step(new AccountOutcome.Done(user.Id), auditEvent, detail);

    private static (SteeringDbContext Db, UserManager<SteeringUser> Users) Services(AsyncServiceScope scope) =>
        (scope.ServiceProvider.GetRequiredService<SteeringDbContext>(), scope.ServiceProvider.GetRequiredService<UserManager<SteeringUser>>());

    private static string Target(string user) => $"user {user}";

    private static string UnitText(int? unitId) => unitId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";

    private Task AuditAsync(AuditEvent auditEvent, Actor admin, Caller caller, SteeringUser user, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(auditEvent, admin.UserId, admin.UserName, Target(user.UserName ?? user.Id), detail, caller.Address, cancellationToken);

    /// <summary>The outcome of a failed Identity step (the transaction is rolled back by its disposal), or null on success.</summary>
    private static AccountOutcome.Invalid? Failure(IdentityResult result) =>
        result.Succeeded ? null : new AccountOutcome.Invalid(result.Errors.Select(e => e.Code).Distinct().ToList());

    private static IEnumerable<string> DisplayNameErrors(string displayName)
    {
        if (displayName.Length == 0)
        {
            yield return AccountErrors.DisplayNameRequired;
        }
        else if (displayName.Length > AccountErrors.DisplayNameMaxLength)
        {
            yield return AccountErrors.DisplayNameTooLong;
        }
    }

    private static async Task<List<string>> UnitErrorsAsync(SteeringDbContext db, SteeringRole role, int? unitId, CancellationToken cancellationToken)
    {
        if (role == SteeringRole.UnitReporter && unitId is null)
        {
            return [AccountErrors.UnitRequired];
        }

        if (role != SteeringRole.UnitReporter && unitId is not null)
        {
            return [AccountErrors.UnitNotAllowed];
        }

        return unitId is { } id && !await db.Units.AnyAsync(u => u.Id == id, cancellationToken) ? [AccountErrors.UnknownUnit] : [];
    }

    private static async Task<IEnumerable<string>> UserErrorsAsync(UserManager<SteeringUser> users, SteeringUser user)
    {
        var codes = new List<string>();
        foreach (var validator in users.UserValidators)
        {
            codes.AddRange((await validator.ValidateAsync(users, user)).Errors.Select(e => e.Code));
        }

        return codes;
    }

    private static async Task<List<string>> PasswordErrorsAsync(UserManager<SteeringUser> users, SteeringUser user, string password)
    {
        var codes = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            codes.AddRange((await validator.ValidateAsync(users, user, password)).Errors.Select(e => e.Code));
        }

        return codes.Distinct().ToList();
    }

    /// <summary>Whether the account is an enabled administrator and no other enabled administrator exists.</summary>
    private static async Task<bool> IsLastEnabledAdministratorAsync(SteeringDbContext db, string userId, CancellationToken cancellationToken)
    {
        var enabledAdministrators = await db.UserRoles
            .Where(ur => ur.RoleId == AdministratorRoleId && db.Users.Any(u => u.Id == ur.UserId && !u.IsDisabled))
            .Select(ur => ur.UserId)
            .Take(2)
            .ToListAsync(cancellationToken);
        return enabledAdministrators is [var only] && only == userId;
    }
}
