namespace SteeringDashboard.Web.Components.Charts;

/// <summary>Marker for the strings of the chart components (ChartText.resx, ChartText.vi.resx).</summary>
public sealed class ChartText;
