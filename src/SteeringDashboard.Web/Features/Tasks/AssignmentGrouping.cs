namespace SteeringDashboard.Web.Features.Tasks;

/// <summary>How the assignment grid groups its rows.</summary>
public enum AssignmentGrouping
{
    None,
    Task,
    Unit,
}
