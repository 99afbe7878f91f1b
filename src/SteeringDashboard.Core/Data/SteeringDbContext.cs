using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Data;

/// <summary>The whole store, accounts (ASP.NET Core Identity), the audit log and the data-protection keys included.</summary>
public sealed class SteeringDbContext(DbContextOptions<SteeringDbContext> options)
    : IdentityDbContext<SteeringUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<AssignmentHistory> AssignmentHistory => Set<AssignmentHistory>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorUnitKind> IndicatorUnitKinds => Set<IndicatorUnitKind>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<IndicatorValueChange> IndicatorValueChanges => Set<IndicatorValueChange>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignResult> CampaignResults => Set<CampaignResult>();
    public DbSet<CampaignResultHistory> CampaignResultHistory => Set<CampaignResultHistory>();
    public DbSet<AssignmentEvidence> AssignmentEvidence => Set<AssignmentEvidence>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ReportType> ReportTypes => Set<ReportType>();
    public DbSet<ReportTypeIndicator> ReportTypeIndicators => Set<ReportTypeIndicator>();
    public DbSet<ExpectedReport> ExpectedReports => Set<ExpectedReport>();
    public DbSet<UnitReport> UnitReports => Set<UnitReport>();
    public DbSet<UnitReportFigure> UnitReportFigures => Set<UnitReportFigure>();
    public DbSet<UnitReportHistory> UnitReportHistory => Set<UnitReportHistory>();
    public DbSet<UnitReportAttachment> UnitReportAttachments => Set<UnitReportAttachment>();
    public DbSet<Conference> Conferences => Set<Conference>();
    public DbSet<ConferenceReportSection> ConferenceReportSections => Set<ConferenceReportSection>();
    public DbSet<PackVersion> PackVersions => Set<PackVersion>();
    public DbSet<Commendation> Commendations => Set<Commendation>();
    public DbSet<CommendationHistory> CommendationHistory => Set<CommendationHistory>();
    public DbSet<ConferenceInvitedUnit> ConferenceInvitedUnits => Set<ConferenceInvitedUnit>();
    public DbSet<ConferenceInvitee> ConferenceInvitees => Set<ConferenceInvitee>();
    public DbSet<ConferenceChecklistItem> ConferenceChecklistItems => Set<ConferenceChecklistItem>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<AgendaDocument> AgendaDocuments => Set<AgendaDocument>();

    /// <summary>The keys that protect sign-in cookies and antiforgery tokens, shared by every instance of the app.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SteeringDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            PostgreSqlModel.Apply(builder);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsNpgsql())
        {
            PostgreSqlModel.StoreDateTimesAsUtc(configurationBuilder);
        }
    }
}
