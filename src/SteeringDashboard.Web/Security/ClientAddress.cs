using Microsoft.AspNetCore.Components.Server.Circuits;

namespace SteeringDashboard.Web.Security;

/// <summary>The address of the browser a circuit serves, so that a write refused in the circuit is audited with where it came from.</summary>
public sealed class ClientAddress
{
    public string? Value { get; private set; }

    /// <summary>Reads the address from the circuit's connection each time it connects (reconnections included).</summary>
    public sealed class CircuitHandler(IHttpContextAccessor http, ClientAddress address) : Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler
    {
        public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            if (http.HttpContext?.Connection.RemoteIpAddress is { } ip)
            {
                address.Value = ip.ToString();
            }

            return Task.CompletedTask;
        }
    }
}
