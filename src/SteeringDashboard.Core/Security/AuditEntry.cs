namespace SteeringDashboard.Core.Security;

/// <summary>One line of the append-only audit log: who did what, when (UTC) and from where. The store refuses updates and deletes.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public AuditEvent Event { get; set; }

    /// <summary>The account that acted, when known (a failed sign-in for an unknown name has none).</summary>
    public string? UserId { get; set; }

    /// <summary>The user name as typed or as stored at the time.</summary>
    public string? UserName { get; set; }

    /// <summary>What the event concerns, e.g. "assignment 12" or "user reporter.badinh".</summary>
    public string? Target { get; set; }

    public string? Detail { get; set; }

    /// <summary>The client's address, when the request had one.</summary>
    public string? Address { get; set; }
}

public enum AuditEvent
{
    SignInSucceeded = 1,
    SignInFailed = 2,
    SignedOut = 3,
    LockedOut = 4,
    AccessDenied = 5,
    UserCreated = 6,
    UserDisabled = 7,
    UserEnabled = 8,
    PasswordReset = 9,
    RoleAssigned = 10,
    SessionEnded = 11,

    // Accounts and sessions to ASVS level 2 (numbered apart from the events other features add).
    SecondFactorEnrolled = 20,
    SecondFactorReset = 21,
    PasswordChanged = 22,
    SignInThrottled = 23,
}
