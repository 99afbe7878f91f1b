using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SteeringDashboard.Core.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SteeringDbContext>
{
    public SteeringDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SteeringDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
