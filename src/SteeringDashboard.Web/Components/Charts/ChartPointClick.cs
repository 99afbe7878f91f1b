namespace SteeringDashboard.Web.Components.Charts;

/// <summary>A bar or point the user clicked: which dataset, which label, and that label's text.</summary>
public sealed record ChartPointClick(int DatasetIndex, int LabelIndex, string Label);
