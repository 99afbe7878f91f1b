using Microsoft.AspNetCore.Identity;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Security;

/// <summary>An account (ASP.NET Core Identity user) with the name shown on changes and, for reporters, the unit it is bound to.</summary>
public sealed class SteeringUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>The unit a unit reporter reports for; null for the other roles.</summary>
    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>A disabled account cannot sign in, and its open sessions and circuits end at their next check.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>The password was set or reset by an administrator: the next sign-in asks for a new one before the session starts.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
