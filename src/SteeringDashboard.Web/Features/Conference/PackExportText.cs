namespace SteeringDashboard.Web.Features.Conference;

/// <summary>Marker for the strings of the pack's table export (PackExportText.resx, PackExportText.vi.resx).</summary>
public sealed class PackExportText;
