namespace SteeringDashboard.Web.Features.Conference;

/// <summary>Marker for the review report screen's strings (ReviewText.resx, ReviewText.vi.resx).</summary>
public sealed class ReviewText;
