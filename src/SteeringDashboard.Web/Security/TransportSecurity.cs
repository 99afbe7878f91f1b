using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SteeringDashboard.Web.Security;

/// <summary>
/// HTTPS and the reverse proxy: X-Forwarded-For/-Proto are believed only from the proxies listed in
/// <c>Security:KnownProxies</c> (addresses) and <c>Security:KnownNetworks</c> (CIDR ranges, e.g. 10.0.0.0/24), so the audit
/// log shows the real client behind them and nobody else can forge an address; none is trusted unless configured;
/// outside Development plain HTTP is redirected to HTTPS and HTTPS answers carry HSTS for a year, subdomains included.
/// </summary>
public static class TransportSecurity
{
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static IServiceCollection AddTransportSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("Security:KnownProxies").Get<string[]>() ?? [];
        var networks = (configuration.GetSection("Security:KnownNetworks").Get<string[]>() ?? []).Select(ParseNetwork).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default: only the configured proxies, nothing else.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        services.AddHsts(options =>
        {
            options.MaxAge = HstsMaxAge;
            options.IncludeSubDomains = true;
        });
        services.AddHttpsRedirection(options => options.HttpsPort = configuration.GetValue("Security:HttpsPort", 443));
        return services;
    }

    private static System.Net.IPNetwork ParseNetwork(string network) =>
        System.Net.IPNetwork.TryParse(network, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"Security:KnownNetworks holds '{network}', which is not a network in CIDR notation (e.g. 10.0.0.0/24).");

    /// <summary>First in the pipeline: the forwarded client address and scheme, then (outside Development) HSTS and the redirect to HTTPS.</summary>
    public static IApplicationBuilder UseTransportSecurity(this IApplicationBuilder app, IHostEnvironment environment)
    {
        app.UseForwardedHeaders();
        if (!environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }
}
