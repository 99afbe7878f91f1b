using Microsoft.AspNetCore.Hosting;
using SteeringDashboard.Core.Files;

namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>The whole app (see <see cref="SteeringAppFactory"/>) with its evidence folder in a temporary directory, removed afterwards.</summary>
public sealed class EvidenceAppFactory : SteeringAppFactory
{
    private readonly DirectoryInfo _evidence = Directory.CreateTempSubdirectory("steering-evidence-");

    /// <summary>The app's folder for stored files (made before the app starts).</summary>
    public string FilesFolder => _evidence.FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"{FileStoreOptions.Section}:{nameof(FileStoreOptions.Folder)}", _evidence.FullName);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _evidence.Delete(recursive: true);
        }
    }
}
