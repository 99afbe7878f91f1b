using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Security;

/// <summary>
/// The account operations on a store with the small plan's units (U1, U2, A1, S) and one administrator: what the tests of
/// creating, listing, changing and refusing accounts share.
/// </summary>
public abstract class UserAdministrationTestBase : IAsyncLifetime
{
    protected const string GoodPassword = "sông Hồng mùa thu 2018";
    protected const string OtherGoodPassword = "hoa sữa nồng nàn phố cổ";

    protected static readonly DateTimeOffset Now = new(2026, 5, 4, 7, 20, 0, TimeSpan.Zero);

    private readonly FixedClock _clock = new(Now);

    protected QueryProbe Counter { get; } = new();

    protected TestDatabase Database { get; private set; } = null!;

    protected ServiceProvider Services { get; private set; } = null!;

    /// <summary>The administrator who does the operations.</summary>
    protected Actor AdminAccount { get; private set; } = null!;

    /// <summary>Unit U1.</summary>
    protected int Unit { get; private set; }

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    protected UserAdministration Administration => Services.GetRequiredService<UserAdministration>();

    protected Caller Admin => new(AdminAccount.UserId, "10.0.0.9");

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        await SmallPlanScenario.CreateAsync(Database);
        var services = new ServiceCollection().AddLogging();
        services.AddSteeringData(Database.ConnectionString, provider: Database.Provider);
        services.AddSteeringIdentityCore();
        services.AddSingleton<TimeProvider>(_clock);
        services.ConfigureDbContext<SteeringDbContext>(options => options.AddInterceptors(Counter), ServiceLifetime.Singleton);
        Services = services.BuildServiceProvider();
        AdminAccount = await TestAccounts.CreateAsync(Database, SteeringRole.Administrator, userName: "admin.one");
        Unit = await Database.UnitIdAsync("U1");
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected async Task<string> CreatedAsync(NewAccount account) =>
        Assert.IsType<AccountOutcome.Done>(await Administration.CreateAsync(Admin, account, Token)).UserId;

    protected async Task<bool> CheckPasswordAsync(string userId, string password)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SteeringUser>>();
        return await users.CheckPasswordAsync((await users.FindByIdAsync(userId))!, password);
    }

    protected async Task<bool> MustChangePasswordAsync(string userId)
    {
        await using var db = Database.CreateDbContext();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.MustChangePassword).SingleAsync(Token);
    }

    protected async Task<string?> StampAsync(string userId)
    {
        await using var db = Database.CreateDbContext();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync(Token);
    }

    protected async Task<List<AuditEntry>> AuditEntriesAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.AuditEntries.OrderBy(e => e.Id).ToListAsync(Token);
    }

    /// <summary>Every account's stored columns and role, as text, to compare before and after a refused change.</summary>
    protected async Task<string> SnapshotAsync()
    {
        await using var db = Database.CreateDbContext();
        var users = await db.Users.OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.UnitId, u.IsDisabled, u.PasswordHash, u.SecurityStamp, u.ConcurrencyStamp, u.TwoFactorEnabled })
            .ToListAsync(Token);
        var roles = await db.UserRoles.OrderBy(r => r.UserId).Select(r => r.UserId + ":" + r.RoleId).ToListAsync(Token);
        return string.Join("\n", users.Select(u => u.ToString()).Concat(roles));
    }
}
