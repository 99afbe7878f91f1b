namespace SteeringDashboard.Web.Features.Conferences.ConferenceReport;

/// <summary>Marker for the review report screen's strings (ConferenceReportText.resx, ConferenceReportText.vi.resx).</summary>
public sealed class ConferenceReportText;
