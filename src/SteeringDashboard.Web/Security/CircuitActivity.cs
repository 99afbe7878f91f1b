using Microsoft.AspNetCore.Components.Server.Circuits;

namespace SteeringDashboard.Web.Security;

/// <summary>
/// When the browser of a circuit last sent anything (a click, a keystroke, a form change), so that an open circuit ends
/// after <see cref="SignInSessionOptions.IdleTimeout"/> without activity, like the cookie, and not only at the absolute lifetime.
/// </summary>
public sealed class CircuitActivity(TimeProvider clock)
{
    private DateTimeOffset _lastActivity = clock.GetUtcNow();

    /// <summary>Set once the circuit was found idle: the sign-in page then says why the session ended.</summary>
    public bool EndedIdle { get; private set; }

    /// <summary>True, and remembered, when nothing came from the browser for <paramref name="idleTimeout"/>.</summary>
    public bool CheckIdle(TimeSpan idleTimeout)
    {
        EndedIdle |= clock.GetUtcNow() - _lastActivity >= idleTimeout;
        return EndedIdle;
    }

    private void Touch() => _lastActivity = clock.GetUtcNow();

    /// <summary>Records every inbound call of the circuit's connection (the browser's events and replies) as activity.</summary>
    public sealed class Handler(CircuitActivity activity) : CircuitHandler
    {
        public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
            context =>
            {
                activity.Touch();
                return next(context);
            };
    }
}
