namespace SteeringDashboard.Web.Features.Conferences;

/// <summary>Marker for the conference workspace's strings (ConferenceText.resx, ConferenceText.vi.resx).</summary>
public sealed class ConferenceText;
