using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Web.Hosting;

/// <summary>
/// Liveness at <c>/health</c> (the process answers and can open the database) and readiness at <c>/health/ready</c> (a real
/// query answers and the files folder takes a write), both anonymous and answering with the status name only.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IHealthChecksBuilder AddSteeringHealthChecks(this IServiceCollection services, string filesFolder) =>
        services.AddHealthChecks()
            .AddDbContextCheck<SteeringDbContext>()
            .AddDbContextCheck<SteeringDbContext>("database", tags: [ReadyTag], customTestQuery: async (db, cancellationToken) =>
            {
                // Fails on a file that opens but holds no schema (a wrong path creates an empty one), not only on one that does not open.
                await db.Units.AnyAsync(cancellationToken);
                return true;
            })
            .AddCheck("files", new FilesWritableCheck(filesFolder), tags: [ReadyTag]);

    public static void MapSteeringHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => !check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
    }

    /// <summary>Writes, flushes and deletes a small file in the files folder (a name the file store never gives).</summary>
    private sealed class FilesWritableCheck(string folder) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var probe = Path.Combine(folder, $".ready-{Guid.NewGuid():N}");
            try
            {
                Directory.CreateDirectory(folder);
                await using (var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
                {
                    await stream.WriteAsync("ready"u8.ToArray(), cancellationToken);
                    stream.Flush(flushToDisk: true);
                }

                File.Delete(probe);
                return HealthCheckResult.Healthy();
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
            {
                return HealthCheckResult.Unhealthy("The files folder cannot be written.", failure);
            }
        }
    }
}
