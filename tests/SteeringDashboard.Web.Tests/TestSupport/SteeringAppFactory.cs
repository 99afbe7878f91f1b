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
    private readonly TemporaryDatabase _database = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("ConnectionStrings:Steering", _database.ConnectionString);
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
