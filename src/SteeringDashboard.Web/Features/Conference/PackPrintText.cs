namespace SteeringDashboard.Web.Features.Conference;

/// <summary>Marker for the printed conference pack's strings (PackPrintText.resx, PackPrintText.vi.resx).</summary>
public sealed class PackPrintText;
