using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.TestSupport;

/// <summary>Accounts written straight into a test store (no password: tests that sign in through the UI create theirs with UserManager).</summary>
public static class TestAccounts
{
    /// <summary>An enabled account with <paramref name="role"/>, bound to <paramref name="unitId"/> when given, shown as <paramref name="displayName"/> (default "Test {role}").</summary>
    public static async Task<Actor> CreateAsync(
        IDbContextFactory<SteeringDbContext> factory, SteeringRole role, int? unitId = null, string? userName = null, string? displayName = null)
    {
        var name = userName ?? $"{role.ToString().ToLowerInvariant()}.{Guid.NewGuid():N}"[..40];
        var user = new SteeringUser
        {
            UserName = name,
            NormalizedUserName = name.ToUpperInvariant(),
            DisplayName = displayName ?? $"Test {role}",
            UnitId = unitId,
            SecurityStamp = Guid.NewGuid().ToString(),
            CreatedAtUtc = DateTime.UtcNow,
        };
        await using var db = await factory.CreateDbContextAsync();
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = RoleIds.Of(role) });
        await db.SaveChangesAsync();
        return new Actor(user.Id, name, user.DisplayName, role, unitId);
    }

    /// <summary>Disables the account in the store, as the administration screen does.</summary>
    public static async Task DisableAsync(IDbContextFactory<SteeringDbContext> factory, string userId)
    {
        await using var db = await factory.CreateDbContextAsync();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true));
    }
}
