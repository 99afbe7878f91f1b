namespace SteeringDashboard.Web.Features.Conferences.Pack;

/// <summary>Marker for the strings of the pack's table export (PackExportText.resx, PackExportText.vi.resx).</summary>
public sealed class PackExportText;
