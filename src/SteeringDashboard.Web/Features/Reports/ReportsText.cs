namespace SteeringDashboard.Web.Features.Reports;

/// <summary>Marker for the report pages' strings (ReportsText.resx, ReportsText.vi.resx).</summary>
public sealed class ReportsText;
