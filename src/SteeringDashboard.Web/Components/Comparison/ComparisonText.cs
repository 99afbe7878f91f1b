namespace SteeringDashboard.Web.Components.Comparison;

/// <summary>Marker for the strings of the same-period comparison (ComparisonText.resx, ComparisonText.vi.resx).</summary>
public sealed class ComparisonText;
