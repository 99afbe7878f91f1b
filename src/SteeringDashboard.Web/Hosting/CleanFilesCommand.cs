using SteeringDashboard.Core.Files;

namespace SteeringDashboard.Web.Hosting;

/// <summary>
/// <c>clean-files</c>: removes the stored files no record names (what a crash between storing a file and committing its record
/// leaves), older than the configured grace period, as the app does at each start; prints how many and exits. Safe beside
/// the serving app: a file whose write may still be committing is younger than the grace period.
/// </summary>
public static class CleanFilesCommand
{
    public const string Name = "clean-files";

    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Removes the orphaned files; returns the process's exit code (0).</summary>
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        var options = services.GetRequiredService<FileStoreOptions>();
        var removed = await services.GetRequiredService<OrphanedFiles>().RemoveAsync();
        await output.WriteLineAsync(
            $"Removed {removed} orphaned files from {options.Folder} (files no record names, written more than {options.OrphanGracePeriod} ago).");
        return 0;
    }
}
