namespace SteeringDashboard.Web.Components.Privacy;

/// <summary>Marker for the strings of hidden victim figures (PrivacyText.resx, PrivacyText.vi.resx).</summary>
public sealed class PrivacyText;
