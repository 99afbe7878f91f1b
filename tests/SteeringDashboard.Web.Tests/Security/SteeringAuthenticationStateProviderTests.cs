using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Security;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Security;

/// <summary>An open circuit's sign-in is re-checked: idleness, a disabled account, a changed stamp or an expired session turns it anonymous.</summary>
public sealed class SteeringAuthenticationStateProviderTests(SteeringAppFactory app) : IClassFixture<SteeringAppFactory>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task ACircuitOfADisabledAccountTurnsAnonymous()
    {
        var account = await app.CreateAccountAsync();
        using var provider = NewProvider();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(await PrincipalAsync(account.UserId, DateTimeOffset.UtcNow))));
        var changed = NextChangeAsync(provider);

        await TestAccounts.DisableAsync(app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>(), account.UserId);

        var state = await changed.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.False(state.User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task ACircuitWhoseAccountsStampChangedTurnsAnonymous()
    {
        var account = await app.CreateAccountAsync();
        using var provider = NewProvider();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(await PrincipalAsync(account.UserId, DateTimeOffset.UtcNow))));
        var changed = NextChangeAsync(provider);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<SteeringUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByIdAsync(account.UserId))!);
        }

        var state = await changed.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.False(state.User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task ACircuitWithoutActivityForTheIdleTimeoutTurnsAnonymousAndRemembersWhy()
    {
        var account = await app.CreateAccountAsync();
        var clock = new FixedClock(DateTimeOffset.UtcNow);
        var activity = new CircuitActivity(clock);
        using var provider = NewProvider(activity);
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(await PrincipalAsync(account.UserId, DateTimeOffset.UtcNow))));
        var changed = NextChangeAsync(provider);

        clock.Now += TimeSpan.FromMinutes(30);

        var state = await changed.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.False(state.User.Identity?.IsAuthenticated);
        Assert.True(activity.EndedIdle);
    }

    [Fact]
    public async Task ThePersonUsingThePageKeepsTheCircuitSignedIn()
    {
        var account = await app.CreateAccountAsync();
        var clock = new FixedClock(DateTimeOffset.UtcNow);
        var activity = new CircuitActivity(clock);
        using var provider = NewProvider(activity);
        var principal = await PrincipalAsync(account.UserId, DateTimeOffset.UtcNow);
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        var changed = NextChangeAsync(provider);

        // 29 minutes, a click, 29 minutes more: never 30 minutes without activity.
        clock.Now += TimeSpan.FromMinutes(29);
        activity.UserActive();
        clock.Now += TimeSpan.FromMinutes(29);
        await Task.Delay(Interval * 6, TestContext.Current.CancellationToken);

        Assert.False(changed.IsCompleted);
        Assert.False(activity.EndedIdle);
        Assert.True((await provider.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task ASessionPastItsAbsoluteLifetimeIsNotCurrentAndAFreshOneIs()
    {
        var account = await app.CreateAccountAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<SessionValidator>();

        Assert.True(await sessions.IsCurrentAsync(await PrincipalAsync(account.UserId, DateTimeOffset.UtcNow.AddHours(-11))));
        Assert.False(await sessions.IsCurrentAsync(await PrincipalAsync(account.UserId, DateTimeOffset.UtcNow.AddHours(-12).AddMinutes(-1))));
    }

    private SteeringAuthenticationStateProvider NewProvider(CircuitActivity? activity = null) =>
        new(app.Services.GetRequiredService<ILoggerFactory>(), app.Services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new SignInSessionOptions { RevalidationInterval = Interval, IdleTimeout = TimeSpan.FromMinutes(30) }),
            activity ?? new CircuitActivity(TimeProvider.System));

    private static Task<AuthenticationState> NextChangeAsync(AuthenticationStateProvider provider)
    {
        var changed = new TaskCompletionSource<AuthenticationState>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.AuthenticationStateChanged += async state => changed.TrySetResult(await state);
        return changed.Task;
    }

    /// <summary>The principal the sign-in would have issued at <paramref name="signedInAt"/>.</summary>
    private async Task<ClaimsPrincipal> PrincipalAsync(string userId, DateTimeOffset signedInAt)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<SteeringUser>>();
        var principal = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByIdAsync(userId))!);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SteeringClaims.SignedInAt, signedInAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return principal;
    }
}
