using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>
/// The whole app in the test process, in Development, on a fresh SQLite file of its own that the
/// start-up migrates and seeds with demo data like a first run.
/// </summary>
public class SteeringAppFactory : WebApplicationFactory<Program>
{
    // Program.cs installs a static Serilog bootstrap logger and freezes it while the host builds:
    // two hosts starting at once in this process would both try to freeze the same one.
    private static readonly Lock StartupLock = new();

    private readonly TemporaryDatabase _database = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("ConnectionStrings:Steering", _database.ConnectionString);
        // Seeding logs every SQL command at Information: thousands of lines per host otherwise.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Warning");
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        lock (StartupLock)
        {
            return base.CreateHost(builder);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
