namespace SteeringDashboard.Web.Features.Units;

/// <summary>Marker for the unit page's strings (UnitsText.resx, UnitsText.vi.resx).</summary>
public sealed class UnitsText;
