using Microsoft.JSInterop;

namespace SteeringDashboard.Web.Security;

/// <summary>
/// When the person last used the circuit's page (a press, a key, a scroll, reported by the layout's
/// <c>UserActivityTracker</c>), so that an open circuit ends after <see cref="SignInSessionOptions.IdleTimeout"/> without
/// activity, like the cookie, and not only at the absolute lifetime. What the browser sends by itself, such as its replies to
/// live updates, is not activity: an open dashboard nobody touches still ends.
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

    /// <summary>The person used the page.</summary>
    [JSInvokable]
    public void UserActive() => _lastActivity = clock.GetUtcNow();
}
