namespace SteeringDashboard.Web.Components.Shared;

/// <summary>Marker for the strings many screens share (statuses, unit kinds, programmes, common words).</summary>
public sealed class SharedText;
