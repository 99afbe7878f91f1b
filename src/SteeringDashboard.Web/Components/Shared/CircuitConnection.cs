using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection;

namespace SteeringDashboard.Web.Components.Shared;

/// <summary>
/// Whether this circuit's browser is connected. A circuit whose browser has gone is kept for the disconnected-circuit
/// retention period in case it comes back; its live screens do no work for changes meanwhile (<see cref="LiveRefresh"/>)
/// and catch up once when the connection returns. Up until told otherwise (prerendering, tests).
/// </summary>
public sealed class CircuitConnection
{
    private readonly Lock _lock = new();
    private bool _isUp = true;

    public bool IsUp
    {
        get
        {
            lock (_lock)
            {
                return _isUp;
            }
        }
    }

    /// <summary>Raised when the connection comes back after being down (not on the first connection).</summary>
    public event Action? Restored;

    public void Down()
    {
        lock (_lock)
        {
            _isUp = false;
        }
    }

    public void Up()
    {
        bool wasDown;
        lock (_lock)
        {
            wasDown = !_isUp;
            _isUp = true;
        }

        if (wasDown)
        {
            Restored?.Invoke();
        }
    }

    /// <summary>Tells the circuit's <see cref="CircuitConnection"/> when its connection goes down and comes back.</summary>
    public sealed class Handler(CircuitConnection connection) : CircuitHandler
    {
        public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            connection.Down();
            return Task.CompletedTask;
        }

        public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            connection.Up();
            return Task.CompletedTask;
        }
    }
}

public static class CircuitConnectionServiceCollectionExtensions
{
    /// <summary>Registers each circuit's <see cref="CircuitConnection"/> and the circuit handler that keeps it up to date.</summary>
    public static IServiceCollection AddCircuitConnection(this IServiceCollection services)
    {
        services.AddScoped<CircuitConnection>();
        services.AddScoped<CircuitHandler, CircuitConnection.Handler>();
        return services;
    }
}
