using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the SQLite store (a context per operation) and the query services.</summary>
    public static IServiceCollection AddSteeringData(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<SteeringDbContext>(options => options.UseSqlite(connectionString));
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<PlanQueries>();
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<AssignmentQueries>();
        services.AddSingleton<PlanDocumentQueries>();
        services.AddSingleton<UnitQueries>();
        return services;
    }
}
