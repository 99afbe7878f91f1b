namespace SteeringDashboard.Web.Components.Layout;

/// <summary>Marker for the strings of the app shell: app bar, navigation, language switch, error UI.</summary>
public sealed class LayoutText;
