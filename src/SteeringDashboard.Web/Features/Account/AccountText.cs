namespace SteeringDashboard.Web.Features.Account;

/// <summary>Marker for the strings of signing in and out and of refused pages.</summary>
public sealed class AccountText;
