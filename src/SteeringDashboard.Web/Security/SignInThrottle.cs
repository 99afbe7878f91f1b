using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SteeringDashboard.Web.Security;

/// <summary>
/// The framework's rate limiter on sign-in attempts, partitioned twice: per client address (one machine trying many names)
/// and per user name (many machines trying one account). An attempt goes ahead only when both partitions have a permit.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _byAddress;
    private readonly PartitionedRateLimiter<string> _byUserName;

    public SignInThrottle(IOptions<SignInSessionOptions> options)
    {
        var session = options.Value;
        _byAddress = Limiter(session.SignInAttemptsPerAddress, session.SignInAttemptWindow);
        _byUserName = Limiter(session.SignInAttemptsPerUserName, session.SignInAttemptWindow);
    }

    /// <summary>Counts one attempt against both partitions; false when either is used up for the current window.</summary>
    public bool TryAttempt(string? address, string userName)
    {
        using var byAddress = _byAddress.AttemptAcquire(address ?? string.Empty);
        using var byUserName = _byUserName.AttemptAcquire(userName.Trim().ToUpperInvariant());
        return byAddress.IsAcquired && byUserName.IsAcquired;
    }

    public void Dispose()
    {
        _byAddress.Dispose();
        _byUserName.Dispose();
    }

    private static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        }));
}
