namespace SteeringDashboard.Web.Features.Reports;

/// <summary>Marker for the expected-versus-received matrix's strings (MatrixText.resx, MatrixText.vi.resx), report states included.</summary>
public sealed class MatrixText;
