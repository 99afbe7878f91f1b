using System.Globalization;
using System.Security.Claims;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Security;

/// <summary>The claims a signed-in principal carries besides Identity's own (id, name, role, security stamp).</summary>
public static class SteeringClaims
{
    public const string DisplayName = "steering:display_name";
    public const string Unit = "steering:unit";

    /// <summary>When the password was checked (Unix seconds), for the session's absolute lifetime.</summary>
    public const string SignedInAt = "steering:signed_in_at";

    /// <summary>The actor the principal's claims describe, or null for an anonymous or role-less principal. For display only: writes re-read the store.</summary>
    public static Actor? ToActor(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal.Identity?.IsAuthenticated != true || id is null
            || !Enum.TryParse<SteeringRole>(principal.FindFirstValue(ClaimTypes.Role), out var role))
        {
            return null;
        }

        var name = principal.FindFirstValue(ClaimTypes.Name) ?? id;
        var unit = int.TryParse(principal.FindFirstValue(Unit), NumberStyles.None, CultureInfo.InvariantCulture, out var unitId) ? unitId : (int?)null;
        return new Actor(id, name, principal.FindFirstValue(DisplayName) ?? name, role, unit);
    }

    /// <summary>The claims that describe <paramref name="actor"/> (used by the claims factory and by tests).</summary>
    public static IEnumerable<Claim> Of(Actor actor)
    {
        yield return new Claim(ClaimTypes.NameIdentifier, actor.UserId);
        yield return new Claim(ClaimTypes.Name, actor.UserName);
        yield return new Claim(ClaimTypes.Role, actor.Role.ToString());
        yield return new Claim(DisplayName, actor.DisplayName);
        if (actor.UnitId is { } unitId)
        {
            yield return new Claim(Unit, unitId.ToString(CultureInfo.InvariantCulture));
        }
    }
}
