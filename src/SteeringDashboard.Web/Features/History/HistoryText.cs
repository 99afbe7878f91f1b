namespace SteeringDashboard.Web.Features.History;

/// <summary>Marker for the strings of an assignment's history page and the activity feed (HistoryText.resx, HistoryText.vi.resx).</summary>
public sealed class HistoryText;
