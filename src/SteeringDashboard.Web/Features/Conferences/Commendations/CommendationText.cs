namespace SteeringDashboard.Web.Features.Conferences.Commendations;

/// <summary>Marker for the commendation screen's strings (CommendationText.resx, CommendationText.vi.resx).</summary>
public sealed class CommendationText;
