using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using MudBlazor.Services;
using Serilog;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Seed;
using SteeringDashboard.Web.Components;
using SteeringDashboard.Web.Components.Charts;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Account;
using SteeringDashboard.Web.Features.Assignments;
using SteeringDashboard.Web.Features.Dashboard;
using SteeringDashboard.Web.Features.Conferences.Pack;
using SteeringDashboard.Web.Features.Conferences.Workspace;
using SteeringDashboard.Web.Features.Indicators;
using SteeringDashboard.Web.Features.Reports;
using SteeringDashboard.Web.Files;
using SteeringDashboard.Web.Hosting;
using SteeringDashboard.Web.Localization;
using SteeringDashboard.Web.Monitoring;
using SteeringDashboard.Web.Security;

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateBootstrapLogger();

try
{
    // Moving an installation touches only the two databases it names: no app, no configured database.
    if (CopyToPostgreSqlCommand.IsRequested(args))
    {
        return await CopyToPostgreSqlCommand.RunAsync(args, Console.Out, Console.Error);
    }

    // The commands' options are their own, not configuration.
    var isCreateAdmin = CreateAdminCommand.IsRequested(args);
    var isScaleData = ScaleDataCommand.IsRequested(args);
    var isCleanFiles = CleanFilesCommand.IsRequested(args);
    var isBackupCommand = BackupCommands.IsRequested(args);
    var builder = WebApplication.CreateBuilder(isCreateAdmin || isScaleData || isCleanFiles || isBackupCommand ? [] : args);
    builder.WebHost.UseStaticWebAssets();

    builder.Services.AddSerilog((services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext()
        .Enrich.WithProperty("Application", "SteeringDashboard")
        .WriteToSteeringSinks(builder.Configuration, builder.Environment),
        preserveStaticLogger: true);

    var provider = SteeringDatabase.ParseProvider(builder.Configuration[SteeringDatabase.ProviderKey]);
    var connectionString = builder.Configuration.GetConnectionString("Steering") is { Length: > 0 } configured
        ? configured
        : provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(builder.Environment.ContentRootPath, "App_Data", "steering.db")}"
            : throw new InvalidOperationException($"{SteeringDatabase.ProviderKey} is {provider}: set ConnectionStrings:Steering to the database's connection string.");
    var files = builder.Configuration.GetSection(FileStoreOptions.Section).Get<FileStoreOptions>() ?? new FileStoreOptions();
    files.Folder = Path.Combine(builder.Environment.ContentRootPath, files.Folder);
    builder.Services.AddSteeringData(connectionString, files, provider);
    if (provider == DatabaseProvider.PostgreSQL)
    {
        // Several instances share the database: each one's saved changes reach the others' open screens.
        builder.Services.AddPostgresChangeBackplane(connectionString);
    }

    builder.Services.AddSteeringHealthChecks(files.Folder);
    builder.Services.AddSteeringBackups(builder.Configuration, builder.Environment, connectionString, files.Folder);
    builder.Services.AddSteeringMetrics(builder.Configuration);
    // After a burst of screens opens, their state is collected at the first quiet moment, not in the next live change.
    builder.Services.AddIdleCollection(builder.Configuration);

    builder.Services.AddLocalization();
    // A closed popover is detached from the page in batches, by a timer each circuit runs while it lives: every 5 s, not
    // every half second, so that thousands of open dashboards do not wake the server thousands of times a second for it.
    builder.Services.AddMudServices(options => options.PopoverOptions.QueueDelay = TimeSpan.FromSeconds(5));
    builder.Services.AddTransient<MudLocalizer, ResourceMudLocalizer>();
    builder.Services.AddSteeringSecurity(builder.Configuration, builder.Environment);
    builder.Services.AddTransportSecurity(builder.Configuration);
    builder.Services.AddFigureDisclosure(builder.Configuration);
    builder.Services.AddCircuitConnection();
    builder.Services.AddSingleton<SharedDashboardCharts>();
    builder.Services.AddRazorComponents()
        .AddInteractiveServerComponents(options => options.DetailedErrors = builder.Environment.IsDevelopment());

    var app = builder.Build();
    if (isBackupCommand)
    {
        // Before the start-up below: a backup must not migrate or seed the database it copies, nor a restore the one it replaces.
        return await BackupCommands.RunAsync(app.Services, app.Configuration, args, Console.Out, Console.Error);
    }

    var seed = app.Configuration.GetSection(SeedOptions.Section).Get<SeedOptions>() ?? new SeedOptions();
    // Outside Development the demo data is generated only when the configuration asks for it by name.
    seed.DemoData = app.Configuration.GetValue<bool?>($"{SeedOptions.Section}:{nameof(SeedOptions.DemoData)}") ?? app.Environment.IsDevelopment();
    seed.DemoAccounts = app.Environment.IsDevelopment();
    seed.Enabled &= !isScaleData; // scale data goes into a fresh database: migrate only
    await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seed);
    if (!app.Environment.IsDevelopment()
        && await DemoAccounts.WithPublicPasswordAsync(app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>()) is { Count: > 0 } demo)
    {
        throw new InvalidOperationException(
            $"The database has demo accounts with their public passwords ({string.Join(", ", demo)}): it was copied from a demo install. "
            + "Delete those accounts or reset their passwords in Development, or start from a fresh database.");
    }

    if (isScaleData)
    {
        return await ScaleDataCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
    }

    if (isCreateAdmin)
    {
        return await CreateAdminCommand.RunAsync(app.Services, args, CreateAdminCommand.ReadPassword, Console.Out, Console.Error);
    }

    if (isCleanFiles)
    {
        return await CleanFilesCommand.RunAsync(app.Services, Console.Out);
    }

    // What a crash left: files stored for a write whose record was never committed.
    await app.Services.GetRequiredService<OrphanedFiles>().RemoveAsync();

    // Before the first request: the first save's database work, rolled back, so that the screens waiting for the first
    // real save do not also wait for EF Core to prepare it (AssignmentUpdateService.RehearseSaveAsync).
    await app.Services.GetRequiredService<AssignmentUpdateService>().RehearseSaveAsync();

    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
    }

    app.UseTransportSecurity(app.Environment);

    app.UseSecurityHeaders();
    app.UseSteeringRequestLogging();
    app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
    app.UseRequestLocalization(SupportedCultures.Configure);
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseAntiforgery();

    // Everything else requires a signed-in user (the fallback policy): the sign-in page's styles and scripts must not.
    app.MapStaticAssets().AllowAnonymous();
    app.MapSteeringHealthEndpoints();
    app.MapCultureEndpoint();
    app.MapSignOutEndpoint();
    app.MapFileDownloads(EvidenceDownload.Route, ReportAttachmentDownload.Route, AgendaDocumentDownload.Route);
    app.MapAssignmentSaveEndpoint();
    app.MapFigureEndpoints();
    app.MapPackEndpoints();
    app.MapReportSubmitEndpoint();
    app.MapReminderExport();
    app.MapRazorComponents<App>()
        .AddInteractiveServerRenderMode();

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The application stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

public partial class Program;
