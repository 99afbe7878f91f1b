using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Security;

/// <summary>
/// The small plan with a campaign in which units U1 and U2 take part, the services that write to it, and a reporter
/// bound to U1 (the "own" unit; U2 is the "other").
/// </summary>
internal sealed partial class MatrixStore : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2018, 7, 20, 3, 0, 0, TimeSpan.Zero);
    private readonly string _evidenceFolder = Path.Combine(Path.GetTempPath(), $"steering-matrix-{Guid.NewGuid():N}");
    private AssignmentUpdateService _assignments = null!;
    private CampaignResultService _campaigns = null!;
    private IndicatorEntryService _figures = null!;
    private FigureImport _import = null!;
    private ServiceProvider _identity = null!;
    private UserAdministration _accounts = null!;
    private string _enabledAccount = null!;
    private string _disabledAccount = null!;
    private int _taskId;
    private int _campaignId;
    private int _indicatorId;
    private ReportSubmissionService _reports = null!;
    private int _reportTypeId;
    private PackService _packs = null!;
    private ConferenceReportSectionService _sections = null!;
    private CommendationService _commendations = null!;
    private int _conferenceId;
    private ConferenceService _conferences = null!;
    private int _planId;
    private int _checklistItemId;
    private int _agendaItemId;

    private MatrixStore(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public int OwnUnit { get; private set; }

    public int OtherUnit { get; private set; }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<MatrixStore> CreateAsync()
    {
        var store = new MatrixStore(await TestDatabase.CreateAsync());
        await store.InitializeAsync();
        return store;
    }

    /// <summary>An enabled account of <paramref name="role"/>; a unit reporter is bound to <see cref="OwnUnit"/>.</summary>
    public async Task<Caller> AccountAsync(SteeringRole role)
    {
        var actor = await TestAccounts.CreateAsync(Database, role, role == SteeringRole.UnitReporter ? OwnUnit : null);
        return new Caller(actor.UserId, "10.0.0.9");
    }

    /// <summary>Everything a write could change (all but the append-only audit log), one line per row, plus the evidence and attachment files on disk.</summary>
    public async Task<IReadOnlyList<string>> SnapshotAsync()
    {
        await using var db = Database.CreateDbContext();
        var lines = new List<string>();
        lines.AddRange(await db.Assignments.OrderBy(a => a.Id)
            .Select(a => "assignment " + a.Id + " " + a.State + " " + a.Progress + " " + a.CompletedOn + " " + a.Version).ToListAsync(Token));
        lines.AddRange(await db.AssignmentHistory.OrderBy(h => h.Id)
            .Select(h => "history " + h.Id + " " + h.AssignmentId + " " + h.NewProgress + " " + h.ChangedBy).ToListAsync(Token));
        lines.AddRange(await db.AssignmentEvidence.OrderBy(e => e.Id).Select(e => "evidence " + e.Id + " " + e.StoredName).ToListAsync(Token));
        lines.AddRange(await db.CampaignResults.OrderBy(r => r.Id)
            .Select(r => "result " + r.Id + " " + r.UnitId + " " + r.Value + " " + r.Version).ToListAsync(Token));
        lines.AddRange(await db.CampaignResultHistory.OrderBy(h => h.Id).Select(h => "result history " + h.Id + " " + h.NewValue).ToListAsync(Token));
        lines.AddRange(await db.IndicatorValues.OrderBy(v => v.Id)
            .Select(v => "figure " + v.Id + " " + v.UnitId + " " + v.Year + "-" + v.Month + " " + v.Value + " " + v.Version).ToListAsync(Token));
        lines.AddRange(await db.Users.OrderBy(u => u.Id)
            .Select(u => "user " + u.Id + " " + u.UserName + " " + u.DisplayName + " " + u.UnitId + " " + u.IsDisabled + " " + u.PasswordHash + " " + u.SecurityStamp)
            .ToListAsync(Token));
        lines.AddRange(await db.UserRoles.OrderBy(r => r.UserId).Select(r => "role " + r.UserId + " " + r.RoleId).ToListAsync(Token));
        lines.AddRange(await db.UnitReports.OrderBy(r => r.Id)
            .Select(r => "report " + r.Id + " " + r.UnitId + " " + r.State + " " + r.Summary + " " + r.Version).ToListAsync(Token));
        lines.AddRange(await db.UnitReportFigures.OrderBy(f => f.Id).Select(f => "report figure " + f.Id + " " + f.Value).ToListAsync(Token));
        lines.AddRange(await db.UnitReportHistory.OrderBy(h => h.Id).Select(h => "report history " + h.Id + " " + h.Change).ToListAsync(Token));
        lines.AddRange(await db.UnitReportAttachments.OrderBy(a => a.Id).Select(a => "report attachment " + a.Id + " " + a.StoredName).ToListAsync(Token));
        lines.AddRange(await db.ConferenceReportSections.OrderBy(r => r.Id).Select(r => "review section " + r.Id + " " + r.Text + " " + r.Version).ToListAsync(Token));
        lines.AddRange(await db.PackVersions.OrderBy(p => p.Id).Select(p => "pack " + p.Id + " " + p.Number).ToListAsync(Token));
        lines.AddRange(await db.Commendations.OrderBy(c => c.Id)
            .Select(c => "commendation " + c.Id + " " + c.UnitId + " " + c.State + " " + c.ReadingOrder + " " + c.Version).ToListAsync(Token));
        lines.AddRange(await db.CommendationHistory.OrderBy(h => h.Id).Select(h => "commendation history " + h.Id + " " + h.To).ToListAsync(Token));
        lines.AddRange(await db.Conferences.OrderBy(c => c.Id).Select(c => "conference " + c.Id + " " + c.Title + " " + c.RecordVersion + " " + c.InvitationsVersion + " " + c.ChecklistVersion + " " + c.AgendaVersion).ToListAsync(Token));
        lines.AddRange(await db.AgendaItems.OrderBy(i => i.Id).Select(i => "agenda " + i.Id + " " + i.Position + " " + i.Title).ToListAsync(Token));
        lines.AddRange(await db.AgendaDocuments.OrderBy(d => d.Id).Select(d => "agenda document " + d.Id + " " + d.StoredName).ToListAsync(Token));
        lines.AddRange(await db.ConferenceChecklistItems.OrderBy(i => i.Id).Select(i => "checklist " + i.Id + " " + i.Done).ToListAsync(Token));
        lines.AddRange(EvidenceFiles().Select(f => "file " + Path.GetFileName(f)));
        return lines;
    }

    /// <summary>How many refusals the audit log holds for the caller.</summary>
    public async Task<int> DenialsAsync(Caller caller)
    {
        await using var db = Database.CreateDbContext();
        return await db.AuditEntries.CountAsync(e => e.Event == AuditEvent.AccessDenied && e.UserId == caller.UserId, Token);
    }

    public IReadOnlyList<string> EvidenceFiles() =>
        Directory.Exists(_evidenceFolder) ? Directory.GetFiles(_evidenceFolder).Order().ToList() : [];

    public async ValueTask DisposeAsync()
    {
        await _identity.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(_evidenceFolder))
        {
            Directory.Delete(_evidenceFolder, recursive: true);
        }
    }

    private async Task InitializeAsync()
    {
        var planId = await SmallPlanScenario.CreateAsync(Database);
        await using var db = Database.CreateDbContext();
        OwnUnit = await Database.UnitIdAsync("U1");
        OtherUnit = await Database.UnitIdAsync("U2");
        _taskId = await db.PlanTasks.Where(t => t.Number == 2).Select(t => t.Id).SingleAsync(Token);
        _indicatorId = await db.Indicators.Select(i => i.Id).SingleAsync(Token);
        var campaign = await PeakCampaign.NewAsync(db, planId, OwnUnit, Token);
        campaign.Participants = [new CampaignUnit { UnitId = OwnUnit }, new CampaignUnit { UnitId = OtherUnit }];
        campaign.Targets = [new CampaignTarget { IndicatorId = _indicatorId, Target = 50 }];
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(Token);
        _campaignId = campaign.Id;
        var reportType = db.ReportTypes.Add(new ReportType
        {
            PlanId = planId,
            Code = "DAY",
            NameVi = "Báo cáo kết quả Ngày",
            NameEn = "Day's results report",
            PeriodStart = new DateOnly(2018, 7, 1),
            PeriodEnd = new DateOnly(2018, 7, 15),
            CutoffDate = new DateOnly(2018, 7, 15),
            DueDate = new DateOnly(2018, 7, 20),
            Indicators = [new ReportTypeIndicator { IndicatorId = _indicatorId }],
            ExpectedReports = [new ExpectedReport { UnitId = OwnUnit }, new ExpectedReport { UnitId = OtherUnit }],
        }).Entity;
        await db.SaveChangesAsync(Token);
        _reportTypeId = reportType.Id;
        _conferenceId = await ConferenceScenario.AddConferenceAsync(Database, planId);
        db.UnitReports.Add(new UnitReport
        {
            ReportTypeId = _reportTypeId,
            UnitId = OtherUnit,
            Summary = "on file",
            State = UnitReportState.Submitted,
            SubmittedAtUtc = Now.UtcDateTime,
            SubmittedBy = "setup",
            UpdatedAtUtc = Now.UtcDateTime,
            Version = Guid.NewGuid(),
        });
        await db.SaveChangesAsync(Token);

        var clock = new FixedClock(Now);
        var notifier = new ChangeNotifier(NullLogger<ChangeNotifier>.Instance);
        var guard = Database.Guard(clock);
        var evidence = new FileStore(new FileStoreOptions { Folder = _evidenceFolder });
        _assignments = new AssignmentUpdateService(
            Database, notifier, evidence, guard, clock, TestMeterFactory.UnobservedConflicts(), NullLogger<AssignmentUpdateService>.Instance);
        _campaigns = new CampaignResultService(Database, notifier, guard, clock);
        _figures = new IndicatorEntryService(Database, guard, notifier, clock, TestMeterFactory.UnobservedConflicts());
        _import = new FigureImport(Database, guard, notifier, clock, new FigureImportOptions());
        _reports = new ReportSubmissionService(Database, notifier, guard, evidence, clock, TestMeterFactory.UnobservedConflicts());
        _packs = new PackService(Database, new ConferenceReportQueries(Database, new DashboardQueries(Database, Options.Create(new PrivacyOptions())), new ReportMatrixQueries(Database), Options.Create(new PrivacyOptions())), new ConferenceQueries(Database), new CommendationQueries(Database), guard, Options.Create(new PrivacyOptions()), clock);
        _sections = new ConferenceReportSectionService(Database, guard, clock);
        _commendations = new CommendationService(Database, notifier, guard, clock);
        await AddCommendationsAsync();
        _conferences = new ConferenceService(Database, notifier, guard, evidence, clock);
        _planId = planId;
        var item = db.ConferenceChecklistItems.Add(new ConferenceChecklistItem { ConferenceId = _conferenceId, Text = "Gửi giấy mời", Owner = "Văn phòng" }).Entity;
        var agendaItem = db.AgendaItems.Add(new AgendaItem { ConferenceId = _conferenceId, Position = 1, Title = "Khai mạc", PresenterName = "Trưởng Ban", DurationMinutes = 10 }).Entity;
        await db.SaveChangesAsync(Token);
        _checklistItemId = item.Id;
        _agendaItemId = agendaItem.Id;

        // UserManager is scoped: the account service takes scopes of Identity's services on the same store.
        _identity = new ServiceCollection().AddLogging().AddSteeringData(Database.ConnectionString, provider: Database.Provider).AddSteeringIdentityCore().Services.BuildServiceProvider();
        _accounts = new UserAdministration(
            Database, _identity.GetRequiredService<IServiceScopeFactory>(), guard, new AuditLog(Database, clock, NullLogger<AuditLog>.Instance), clock);
        _enabledAccount = (await TestAccounts.CreateAsync(Database, SteeringRole.CommitteeMember, userName: "matrix.enabled")).UserId;
        _disabledAccount = (await TestAccounts.CreateAsync(Database, SteeringRole.CommitteeMember, userName: "matrix.disabled")).UserId;
        await TestAccounts.DisableAsync(Database, _disabledAccount);
    }

    /// <summary>A proposal of the own unit, a nomination of the other unit under review and two approved ones, stored directly.</summary>
    private async Task AddCommendationsAsync()
    {
        await using var db = Database.CreateDbContext();
        db.Commendations.AddRange(
            Nominee(OwnUnit, CommendationState.Proposed, null),
            Nominee(OtherUnit, CommendationState.UnderReview, null),
            Nominee(OtherUnit, CommendationState.Approved, 1),
            Nominee(OwnUnit, CommendationState.Approved, 2));
        await db.SaveChangesAsync(Token);
    }

    private Commendation Nominee(int unitId, CommendationState state, int? readingOrder) => new()
    {
        ConferenceId = _conferenceId,
        NomineeName = "setup",
        NomineeKind = NomineeKind.Organisation,
        UnitId = unitId,
        Form = CommendationForm.CityPeoplesCommitteeCertificateOfMerit,
        Achievement = "setup",
        State = state,
        ReadingOrder = readingOrder,
        ProposedAtUtc = Now.UtcDateTime,
        ProposedBy = "setup",
        UpdatedAtUtc = Now.UtcDateTime,
        Version = Guid.NewGuid(),
    };

    private async Task<Guid> ConferenceVersionAsync(ConferenceSection section)
    {
        await using var db = Database.CreateDbContext();
        return (await db.Conferences.SingleAsync(c => c.Id == _conferenceId, Token)).VersionOf(section);
    }
}
