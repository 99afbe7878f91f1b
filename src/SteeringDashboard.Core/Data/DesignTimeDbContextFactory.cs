using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SteeringDashboard.Core.Data;

/// <summary>
/// Lets `dotnet ef migrations add` build the model without starting the web app: SQLite, or PostgreSQL when the tool's
/// arguments end with <c>-- --provider PostgreSQL</c> (scripts/add-migration.sh does both). No database is opened.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SteeringDbContext>
{
    public SteeringDbContext CreateDbContext(string[] args)
    {
        var at = Array.IndexOf(args, "--provider");
        var provider = SteeringDatabase.ParseProvider(at >= 0 && at + 1 < args.Length ? args[at + 1] : null);
        var connectionString = provider == DatabaseProvider.PostgreSQL ? "Host=localhost;Database=design-time" : "Data Source=design-time.db";
        var options = new DbContextOptionsBuilder<SteeringDbContext>();
        options.UseSteeringDatabase(provider, connectionString);
        return new(options.Options);
    }
}
