namespace SteeringDashboard.Core.Dashboard;

public sealed class DashboardQueries;
