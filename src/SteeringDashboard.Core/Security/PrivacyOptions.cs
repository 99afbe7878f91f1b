using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SteeringDashboard.Core.Security;

/// <summary>What victim figures readers without <see cref="SteeringAction.SeeExactVictimFigures"/> see (configuration section "Privacy").</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Sensitive figures from 1 to this value minus one are shown as "&lt; N"; 1 hides nothing.</summary>
    public int VictimThreshold { get; set; } = 5;
}

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Binds <see cref="PrivacyOptions"/> to the "Privacy" section and refuses to start with a threshold below 1.</summary>
    public static IServiceCollection AddFigureDisclosure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>()
            .Bind(configuration.GetSection(PrivacyOptions.Section))
            .Validate(options => options.VictimThreshold >= 1, "Privacy:VictimThreshold must be 1 or more.")
            .ValidateOnStart();
        return services;
    }
}
