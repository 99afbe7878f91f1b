namespace SteeringDashboard.Web.Features.Indicators;

/// <summary>Marker for the figures screens' strings (FiguresText.resx, FiguresText.vi.resx).</summary>
public sealed class FiguresText;
