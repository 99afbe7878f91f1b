namespace SteeringDashboard.Core.Security;

/// <summary>An enabled account as the store says it is now: who acts, in which role, for which unit (reporters only).</summary>
public sealed record Actor(string UserId, string UserName, string DisplayName, SteeringRole Role, int? UnitId);

/// <summary>
/// Who asks a service to act: the account's id and, for the audit log, where the request came from. The service reads the
/// account's current role and unit from the store; nothing the caller holds (an old circuit's claims) is trusted for a write.
/// </summary>
public sealed record Caller(string UserId, string? Address = null);
