namespace SteeringDashboard.Core.Security;

/// <summary>The fixed Identity role id of each role (seeded by the migrations).</summary>
public static class RoleIds
{
    public static string Of(SteeringRole role) => "role-" + role.ToString().ToLowerInvariant();
}
