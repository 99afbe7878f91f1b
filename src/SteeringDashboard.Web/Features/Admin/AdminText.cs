namespace SteeringDashboard.Web.Features.Admin;

/// <summary>Marker for the administration screens' strings (AdminText.resx, AdminText.vi.resx).</summary>
public sealed class AdminText;
