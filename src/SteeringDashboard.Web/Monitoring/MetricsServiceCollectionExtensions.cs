using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using OpenTelemetry.Metrics;

namespace SteeringDashboard.Web.Monitoring;

/// <summary>Where the Prometheus scraping endpoint listens: <c>Metrics:Url</c>, loopback by default, empty to turn it off.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>The default: this machine only, never the public port.</summary>
    public const string DefaultUrl = "http://127.0.0.1:9464/";

    public string? Url { get; set; } = DefaultUrl;
}

public static class MetricsServiceCollectionExtensions
{
    /// <summary>The meters the scraping endpoint exports besides the app's own.</summary>
    public static readonly string[] FrameworkMeters =
    [
        "Microsoft.AspNetCore.Components",
        "Microsoft.AspNetCore.Components.Lifecycle",
        "Microsoft.AspNetCore.Components.Server.Circuits",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.RateLimiting",
        "Microsoft.EntityFrameworkCore",
    ];

    /// <summary>
    /// The app's meter, the circuit counter, and OpenTelemetry's runtime and ASP.NET Core meters exported for Prometheus
    /// at <c>/metrics</c> of <see cref="MetricsOptions.Url"/>: a listener of its own, apart from the app's port, so a
    /// proxy that publishes the app does not publish the metrics.
    /// </summary>
    public static IServiceCollection AddSteeringMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SteeringMetrics>();
        services.AddScoped<CircuitHandler, CircuitMetricsHandler>();
        services.AddSingleton<CommandDurationInterceptor>();
        services.ConfigureDbContext<SteeringDbContext>((provider, db) => db.AddInterceptors(provider.GetRequiredService<CommandDurationInterceptor>()));
        var options = configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        if (string.IsNullOrWhiteSpace(options.Url))
        {
            return services;
        }

        var url = Uri.TryCreate(options.Url, UriKind.Absolute, out var parsed) && parsed.Scheme == Uri.UriSchemeHttp
            ? parsed
            : throw new InvalidOperationException($"{MetricsOptions.Section}:{nameof(MetricsOptions.Url)} must be an http:// address such as {MetricsOptions.DefaultUrl}, or empty; it is '{options.Url}'.");
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(SteeringMetrics.MeterName)
            // Creates the app's meter when the endpoint starts, so a scrape shows its instruments before the first circuit.
            .AddInstrumentation(services => services.GetRequiredService<SteeringMetrics>())
            .AddMeter(FrameworkMeters)
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddPrometheusHttpListener(listener =>
            {
                listener.Host = url.Host;
                listener.Port = url.Port;
            }));
        return services;
    }
}
