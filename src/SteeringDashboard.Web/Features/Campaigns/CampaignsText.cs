namespace SteeringDashboard.Web.Features.Campaigns;

/// <summary>Marker for the campaign pages' strings (CampaignsText.resx, CampaignsText.vi.resx).</summary>
public sealed class CampaignsText;
