using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Seed;

/// <summary>
/// One sign-in per role, plus a reporter for a district and one for an agency, created with the demo data in Development
/// only (see <see cref="SeedOptions.DemoAccounts"/>). The passwords are public (README): never a production account.
/// The roles that must use a second factor come enrolled with a public authenticator key (README), so that a developer
/// adds it to an authenticator app and tests compute the codes.
/// </summary>
public static class DemoAccounts
{
    /// <param name="AuthenticatorKey">The base32 key of the enrolled authenticator; null for the roles that need none.</param>
    public sealed record Account(
        string UserName, string Password, string DisplayName, SteeringRole Role, string? UnitCode = null, string? AuthenticatorKey = null);

    public static readonly IReadOnlyList<Account> All =
    [
        new("committee", "member-demo-138TP", "Thành viên Ban Chỉ đạo (demo)", SteeringRole.CommitteeMember),
        new("secretariat", "secretary-demo-138TP", "Tổ thư ký (demo)", SteeringRole.Secretariat, AuthenticatorKey: "STEERINGSECRETARIATDEMOKEYHANOIA"),
        new("police", "standing-demo-138TP", "Cơ quan thường trực (demo)", SteeringRole.StandingAgency, AuthenticatorKey: "STEERINGSTANDINGAGENCYDEMOKEYHNA"),
        new("reporter.badinh", "badinh-demo-138TP", "Báo cáo viên Ba Đình (demo)", SteeringRole.UnitReporter, "BA-DINH"),
        new("reporter.dolisa", "labour-demo-138TP", "Báo cáo viên Sở LĐ-TB&XH (demo)", SteeringRole.UnitReporter, "DOLISA"),
        new("admin", "manager-demo-138TP", "Quản trị viên (demo)", SteeringRole.Administrator, AuthenticatorKey: "STEERINGADMINISTRATORDEMOKEYHNAA"),
    ];

    /// <summary>Adds the accounts to <paramref name="db"/> (inside the seeding transaction: no UserManager, which has a context of its own).</summary>
    internal static async Task AddAsync(SteeringDbContext db, DateTime createdAtUtc, CancellationToken cancellationToken)
    {
        var hasher = new PasswordHasher<SteeringUser>();
        var codes = All.Where(a => a.UnitCode is not null).Select(a => a.UnitCode).ToList();
        var units = await db.Units.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, cancellationToken);
        foreach (var account in All)
        {
            var user = new SteeringUser
            {
                UserName = account.UserName,
                NormalizedUserName = account.UserName.ToUpperInvariant(),
                DisplayName = account.DisplayName,
                UnitId = account.UnitCode is null ? null : units[account.UnitCode],
                SecurityStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
                TwoFactorEnabled = account.AuthenticatorKey is not null,
                CreatedAtUtc = createdAtUtc,
            };
            user.PasswordHash = hasher.HashPassword(user, account.Password);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = RoleIds.Of(account.Role) });
            if (account.AuthenticatorKey is { } key)
            {
                db.UserTokens.Add(new IdentityUserToken<string>
                {
                    UserId = user.Id, LoginProvider = SecondFactorTokens.LoginProvider, Name = SecondFactorTokens.AuthenticatorKey, Value = key,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The demo accounts in the store that still sign in with their public password (a database copied from a demo
    /// install): outside Development the app refuses to start while there is one.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WithPublicPasswordAsync(IDbContextFactory<SteeringDbContext> factory, CancellationToken cancellationToken = default)
    {
        var passwords = All.ToDictionary(a => a.UserName.ToUpperInvariant(), a => a.Password);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var candidates = await db.Users
            .Where(u => passwords.Keys.Contains(u.NormalizedUserName!) && u.PasswordHash != null)
            .OrderBy(u => u.NormalizedUserName)
            .Select(u => new { u.UserName, u.NormalizedUserName, u.PasswordHash })
            .ToListAsync(cancellationToken);
        var hasher = new PasswordHasher<SteeringUser>();
        var probe = new SteeringUser { DisplayName = string.Empty };
        return candidates
            .Where(u => hasher.VerifyHashedPassword(probe, u.PasswordHash!, passwords[u.NormalizedUserName!]) != PasswordVerificationResult.Failed)
            .Select(u => u.UserName ?? u.NormalizedUserName!)
            .ToList();
    }
}
