using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace SteeringDashboard.Web.Security;

/// <summary>
/// A circuit's authentication state, re-checked against the store every <see cref="SignInSessionOptions.RevalidationInterval"/>:
/// a circuit idle for the idle timeout, a disabled account, a changed security stamp or a session past its absolute
/// lifetime turns the circuit anonymous, and the router then sends the person to the sign-in page.
/// </summary>
public sealed class SteeringAuthenticationStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<SignInSessionOptions> options, CircuitActivity activity)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (activity.CheckIdle(options.Value.IdleTimeout))
        {
            return false;
        }

        // The sign-in manager holds a DbContext: one scope per check, never one for the circuit's life.
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SessionValidator>().IsCurrentAsync(authenticationState.User);
    }
}
