namespace SteeringDashboard.Web.Features.Reports;

/// <summary>Marker for the reminder list's and the reminder document's strings (ReminderText.resx, ReminderText.vi.resx).</summary>
public sealed class ReminderText;
