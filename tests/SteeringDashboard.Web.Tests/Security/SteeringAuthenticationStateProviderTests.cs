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

/// <summary>An open circuit's sign-in is re-checked: a disabled account, a changed stamp or an expired session turns it anonymous.</summary>
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
    public async Task ASessionPastItsAbsoluteLifetimeIsNotCurrentAndAFreshOneIs()
    {
        var account = await app.CreateAccountAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<SessionValidator>();

        Assert.True(await sessions.IsCurrentAsync(await PrincipalAsync(account.UserId, DateTimeOffset.UtcNow.AddHours(-11))));
        Assert.False(await sessions.IsCurrentAsync(await PrincipalAsync(account.UserId, DateTimeOffset.UtcNow.AddHours(-12).AddMinutes(-1))));
    }

    private SteeringAuthenticationStateProvider NewProvider() =>
        new(app.Services.GetRequiredService<ILoggerFactory>(), app.Services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new SignInSessionOptions { RevalidationInterval = Interval }));

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
