using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store on <paramref name="provider"/> (a context per operation), the query and update services, the change notifier and the results shared by open screens.
    /// <see cref="UserAdministration"/> also needs Identity's managers (<see cref="IdentitySetup.AddSteeringIdentityCore"/>).
    /// </summary>
    public static IServiceCollection AddSteeringData(this IServiceCollection services, string connectionString, FileStoreOptions? files = null, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        services.AddDbContextFactory<SteeringDbContext>(options => options.UseSteeringDatabase(provider, connectionString));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ChangeNotifier>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AccessGuard>();
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<AuditQueries>();
        var fileStore = files ?? new FileStoreOptions();
        services.AddSingleton(fileStore);
        services.AddSingleton(new FileStore(fileStore));
        services.AddSingleton<OrphanedFiles>();
        services.AddSingleton<AssignmentUpdateService>();
        services.AddSingleton<ActivityQueries>();
        services.AddSingleton<CampaignResultService>();
        services.AddSingleton<CampaignQueries>();
        services.AddSingleton<IndicatorEntryService>();
        services.AddSingleton(new FigureImportOptions());
        services.AddSingleton<FigureImport>();
        services.AddSingleton<FigureTableQueries>();
        services.AddSingleton<FigureEntryQueries>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<PlanQueries>();
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<HeadlineFigureResults>();
        services.AddSingleton<DashboardResults>();
        services.AddSingleton<AssignmentQueries>();
        services.AddSingleton<AssignmentListResults>();
        services.AddSingleton<PlanDocumentQueries>();
        services.AddSingleton<UnitQueries>();
        services.AddSingleton<UnitPageResults>();
        services.AddSingleton<ReportSubmissionService>();
        services.AddSingleton<ReportMatrixQueries>();
        services.AddSingleton<ReportMatrixResults>();
        services.AddSingleton<ReportQueries>();
        services.AddSingleton<ReminderQueries>();
        services.AddSingleton<ConferenceReportQueries>();
        services.AddSingleton<ConferenceReportSectionService>();
        services.AddSingleton<PackService>();
        services.AddSingleton<CommendationService>();
        services.AddSingleton<UnitContactService>();
        services.AddSingleton<CommendationQueries>();
        services.AddSingleton<ConferenceService>();
        services.AddSingleton<ConferenceQueries>();
        services.AddMetrics();
        services.AddSingleton<SaveConflicts>();
        return services;
    }
}
