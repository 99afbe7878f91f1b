namespace SteeringDashboard.Web.Features.Plans;

/// <summary>Marker for the Plan page's strings (PlanText.resx, PlanText.vi.resx).</summary>
public sealed class PlanText;
