namespace SteeringDashboard.Web.Features.Dashboard;

/// <summary>Marker for the dashboard's strings.</summary>
public sealed class DashboardText;
