namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>Marker for the strings of assignment editing, bulk updates and evidence (AssignmentsText.resx, AssignmentsText.vi.resx).</summary>
public sealed class AssignmentsText;
