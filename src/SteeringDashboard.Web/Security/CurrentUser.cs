using Microsoft.AspNetCore.Components.Authorization;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Security;

/// <summary>
/// The signed-in person as this circuit's authentication state describes them. Components use it to show or hide
/// controls and to name the caller of a write; the services that write re-read the account from the store.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, ClientAddress address)
{
    /// <summary>The actor, or null when nobody is signed in.</summary>
    public async Task<Actor?> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return SteeringClaims.ToActor(state.User);
    }

    /// <summary>The caller to pass to a service that writes, with the browser's address; throws when nobody is signed in (the pages require sign-in).</summary>
    public async Task<Caller> CallerAsync() =>
        await GetAsync() is { } actor
            ? new Caller(actor.UserId, address.Value)
            : throw new InvalidOperationException("No signed-in user: every page that writes requires sign-in.");

    /// <summary>Whether the signed-in person may do <paramref name="action"/> to a record of <paramref name="unitId"/>, by the claims (UI only).</summary>
    public async Task<bool> MayAsync(SteeringAction action, int? unitId = null) =>
        await GetAsync() is { } actor && Permissions.Allows(actor, action, unitId);
}
