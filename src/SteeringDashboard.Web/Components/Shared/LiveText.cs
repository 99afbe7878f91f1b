namespace SteeringDashboard.Web.Components.Shared;

/// <summary>Marker for the strings of live refresh and of the as-of date against today (LiveText.resx, LiveText.vi.resx).</summary>
public sealed class LiveText;
