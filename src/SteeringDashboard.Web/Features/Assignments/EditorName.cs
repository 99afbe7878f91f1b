namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>
/// The name the person at this browser gave when saving a change, remembered for the circuit (a scoped service)
/// so that they type it once. It is stored as the change's author until sign-in (issue 4) replaces it.
/// </summary>
public sealed class EditorName
{
    public string? Value { get; private set; }

    public void Remember(string name) => Value = name.Trim();
}
