namespace SteeringDashboard.Web.Features.Conferences.Pack;

/// <summary>Marker for the printed conference pack's strings (PackPrintText.resx, PackPrintText.vi.resx).</summary>
public sealed class PackPrintText;
