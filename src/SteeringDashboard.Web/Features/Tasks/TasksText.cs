namespace SteeringDashboard.Web.Features.Tasks;

/// <summary>Marker for the Tasks page's strings (TasksText.resx, TasksText.vi.resx).</summary>
public sealed class TasksText;
