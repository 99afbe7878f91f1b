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
/// Every write the services offer, done by an account of every role straight through the service (no UI in the way):
/// each allowed pair succeeds and changes the store; each forbidden pair is refused, changes nothing and is audited.
/// The table below is written out by hand, apart from <see cref="Permissions"/>, so that a wrong permission fails here.
/// </summary>
public sealed class PermissionMatrixTests : IAsyncLifetime
{
    /// <summary>The actions a service performs as a write; each needs at least one row in <see cref="Matrix"/>.</summary>
    private static readonly SteeringAction[] WriteActions =
    [
        SteeringAction.UpdateAssignment,
        SteeringAction.BulkUpdateAssignments,
        SteeringAction.RecordCampaignResults,
        SteeringAction.ManageUsers,
        SteeringAction.RecordFigures,
        SteeringAction.SubmitReport,
        SteeringAction.ReturnReport,
        SteeringAction.ManageConference,
        SteeringAction.ProposeCommendation,
        SteeringAction.DecideCommendation,
    ];

    /// <summary>The actions that change nothing (they decide what a screen or a download shows): no row on purpose.</summary>
    private static readonly SteeringAction[] ReadActions =
    [
        SteeringAction.ReadEvidence,
        SteeringAction.ReadAuditLog,
        SteeringAction.SeeExactVictimFigures,
        SteeringAction.ChaseReports,
        SteeringAction.ReadCommitteePack,
    ];

    /// <summary>The role × action matrix: each write operation, the action it needs and the roles that may do it; every other role is refused.</summary>
    private static readonly WriteOperation[] Matrix =
    [
        new("update an assignment of the reporter's own unit", SteeringAction.UpdateAssignment,
            [SteeringRole.StandingAgency, SteeringRole.UnitReporter],
            (store, caller) => store.UpdateAssignmentAsync(store.OwnUnit, caller)),
        new("update an assignment of another unit", SteeringAction.UpdateAssignment,
            [SteeringRole.StandingAgency],
            (store, caller) => store.UpdateAssignmentAsync(store.OtherUnit, caller)),
        new("bulk-update a task's assignments", SteeringAction.BulkUpdateAssignments,
            [SteeringRole.StandingAgency],
            (store, caller) => store.BulkUpdateAsync(caller)),
        new("record campaign results of the reporter's own unit", SteeringAction.RecordCampaignResults,
            [SteeringRole.StandingAgency, SteeringRole.UnitReporter],
            (store, caller) => store.RecordCampaignResultsAsync(store.OwnUnit, caller)),
        new("record campaign results of another unit", SteeringAction.RecordCampaignResults,
            [SteeringRole.StandingAgency],
            (store, caller) => store.RecordCampaignResultsAsync(store.OtherUnit, caller)),
        new("create an account", SteeringAction.ManageUsers,
            [SteeringRole.Administrator],
            (store, caller) => store.CreateAccountAsync(caller)),
        new("disable an account", SteeringAction.ManageUsers,
            [SteeringRole.Administrator],
            (store, caller) => store.DisableAccountAsync(caller)),
        new("enable an account", SteeringAction.ManageUsers,
            [SteeringRole.Administrator],
            (store, caller) => store.EnableAccountAsync(caller)),
        new("reset an account's password", SteeringAction.ManageUsers,
            [SteeringRole.Administrator],
            (store, caller) => store.ResetPasswordAsync(caller)),
        new("assign an account's role and unit", SteeringAction.ManageUsers,
            [SteeringRole.Administrator],
            (store, caller) => store.AssignRoleAsync(caller)),
        new("enter a figure of the reporter's own unit", SteeringAction.RecordFigures,
            [SteeringRole.StandingAgency, SteeringRole.UnitReporter],
            (store, caller) => store.EnterFigureAsync(store.OwnUnit, caller)),
        new("enter a figure of another unit", SteeringAction.RecordFigures,
            [SteeringRole.StandingAgency],
            (store, caller) => store.EnterFigureAsync(store.OtherUnit, caller)),
        new("import figures of the reporter's own unit", SteeringAction.RecordFigures,
            [SteeringRole.StandingAgency, SteeringRole.UnitReporter],
            (store, caller) => store.ImportFiguresAsync("U1", caller)),
        new("import figures of another unit", SteeringAction.RecordFigures,
            [SteeringRole.StandingAgency],
            (store, caller) => store.ImportFiguresAsync("U2", caller)),
        new("submit the reporter's own unit's report", SteeringAction.SubmitReport,
            [SteeringRole.StandingAgency, SteeringRole.UnitReporter],
            (store, caller) => store.SubmitReportAsync(store.OwnUnit, caller)),
        new("submit another unit's report", SteeringAction.SubmitReport,
            [SteeringRole.StandingAgency],
            (store, caller) => store.SubmitReportAsync(store.OtherUnit, caller)),
        new("submit the reporter's own unit's report with an attachment", SteeringAction.SubmitReport,
            [SteeringRole.StandingAgency, SteeringRole.UnitReporter],
            (store, caller) => store.SubmitReportAsync(store.OwnUnit, caller, withAttachment: true)),
        new("submit another unit's report with an attachment", SteeringAction.SubmitReport,
            [SteeringRole.StandingAgency],
            (store, caller) => store.SubmitReportAsync(store.OtherUnit, caller, withAttachment: true)),
        new("return a unit's report for correction", SteeringAction.ReturnReport,
            [SteeringRole.StandingAgency],
            (store, caller) => store.ReturnReportAsync(caller)),
        new("freeze a conference pack for wider distribution", SteeringAction.ManageConference,
            [SteeringRole.Secretariat],
            (store, caller) => store.FreezePackAsync(caller, PackAudience.Public)),
        new("freeze a conference pack for the committee, with exact figures", SteeringAction.ManageConference,
            [SteeringRole.Secretariat],
            (store, caller) => store.FreezePackAsync(caller, PackAudience.Committee)),
        new("edit a text section of a conference's review report", SteeringAction.ManageConference,
            [SteeringRole.Secretariat],
            (store, caller) => store.EditReviewSectionAsync(caller)),
        new("propose a commendation for the reporter's own unit", SteeringAction.ProposeCommendation,
            [SteeringRole.Secretariat, SteeringRole.StandingAgency, SteeringRole.UnitReporter],
            (store, caller) => store.ProposeCommendationAsync(store.OwnUnit, caller)),
        new("propose a commendation for another unit", SteeringAction.ProposeCommendation,
            [SteeringRole.Secretariat, SteeringRole.StandingAgency],
            (store, caller) => store.ProposeCommendationAsync(store.OtherUnit, caller)),
        new("start reviewing a proposed commendation", SteeringAction.DecideCommendation,
            [SteeringRole.Secretariat],
            (store, caller) => store.DecideCommendationAsync(CommendationState.Proposed, caller)),
        new("approve a commendation under review", SteeringAction.DecideCommendation,
            [SteeringRole.Secretariat],
            (store, caller) => store.DecideCommendationAsync(CommendationState.UnderReview, caller)),
        new("reject a commendation under review", SteeringAction.DecideCommendation,
            [SteeringRole.Secretariat],
            (store, caller) => store.DecideCommendationAsync(CommendationState.UnderReview, caller, reject: true)),
        new("move an approved commendation in the reading order", SteeringAction.DecideCommendation,
            [SteeringRole.Secretariat],
            (store, caller) => store.MoveCommendationAsync(caller)),
        new("create a conference", SteeringAction.ManageConference,
            [SteeringRole.Secretariat],
            (store, caller) => store.CreateConferenceAsync(caller)),
        new("add an item to a conference's agenda", SteeringAction.ManageConference,
            [SteeringRole.Secretariat],
            (store, caller) => store.AddAgendaItemAsync(caller)),
        new("tick off a conference's checklist item", SteeringAction.ManageConference,
            [SteeringRole.Secretariat],
            (store, caller) => store.TickChecklistItemAsync(caller)),
        new("attach a document to a conference's agenda item", SteeringAction.ManageConference,
            [SteeringRole.Secretariat],
            (store, caller) => store.AttachAgendaDocumentAsync(caller)),
    ];

    private MatrixStore _store = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, SteeringRole> Pairs()
    {
        var pairs = new TheoryData<string, SteeringRole>();
        foreach (var operation in Matrix)
        {
            foreach (var role in Enum.GetValues<SteeringRole>())
            {
                pairs.Add(operation.Name, role);
            }
        }

        return pairs;
    }

    public static TheoryData<string> Operations() => [.. Matrix.Select(o => o.Name)];

    public async ValueTask InitializeAsync() => _store = await MatrixStore.CreateAsync();

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task EachAllowedPairSucceedsAndEachForbiddenPairIsRefusedChangesNothingAndIsAudited(string operationName, SteeringRole role)
    {
        var operation = Matrix.Single(o => o.Name == operationName);
        var caller = await _store.AccountAsync(role);
        var before = await _store.SnapshotAsync();
        var deniedBefore = await _store.DenialsAsync(caller);

        var result = await operation.Run(_store, caller);

        if (operation.AllowedRoles.Contains(role))
        {
            Assert.Equal(WriteResult.Done, result);
            Assert.NotEqual(before, await _store.SnapshotAsync());
            Assert.Equal(deniedBefore, await _store.DenialsAsync(caller));
        }
        else
        {
            Assert.Equal(WriteResult.Forbidden, result);
            Assert.Equal(before, await _store.SnapshotAsync());
            Assert.True(await _store.DenialsAsync(caller) > deniedBefore, $"The refusal of '{operationName}' to {role} is not in the audit log.");
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task ADisabledAccountIsRefusedEveryWriteItsRoleAllows(string operationName)
    {
        var operation = Matrix.Single(o => o.Name == operationName);
        var caller = await _store.AccountAsync(operation.AllowedRoles[0]);
        await TestAccounts.DisableAsync(_store.Database, caller.UserId);
        var before = await _store.SnapshotAsync();

        var result = await operation.Run(_store, caller);

        Assert.Equal(WriteResult.Forbidden, result);
        Assert.Equal(before, await _store.SnapshotAsync());
        Assert.Equal(1, await _store.DenialsAsync(caller));
    }

    [Fact]
    public async Task AUnitReporterCannotUpdateAnotherUnitsAssignmentByCallingTheServiceDirectly()
    {
        var reporter = await _store.AccountAsync(SteeringRole.UnitReporter);
        var before = await _store.SnapshotAsync();

        var result = await _store.UpdateAssignmentAsync(_store.OtherUnit, reporter);

        Assert.Equal(WriteResult.Forbidden, result);
        Assert.Equal(before, await _store.SnapshotAsync());
        Assert.Empty(_store.EvidenceFiles());
        await using var db = _store.Database.CreateDbContext();
        var denial = await db.AuditEntries.SingleAsync(Token);
        Assert.Equal((AuditEvent.AccessDenied, reporter.UserId), (denial.Event, denial.UserId));
        Assert.StartsWith("assignment ", denial.Target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUnitReporterCannotSubmitAnotherUnitsReportWithAnAttachmentByCallingTheServiceDirectly()
    {
        var reporter = await _store.AccountAsync(SteeringRole.UnitReporter);
        var before = await _store.SnapshotAsync();

        var result = await _store.SubmitReportAsync(_store.OtherUnit, reporter, withAttachment: true);

        Assert.Equal(WriteResult.Forbidden, result);
        Assert.Equal(before, await _store.SnapshotAsync());
        Assert.Empty(_store.EvidenceFiles());
        await using var db = _store.Database.CreateDbContext();
        Assert.Equal(0, await db.UnitReportAttachments.CountAsync(Token));
        var denial = await db.AuditEntries.SingleAsync(Token);
        Assert.Equal((AuditEvent.AccessDenied, reporter.UserId), (denial.Event, denial.UserId));
        Assert.StartsWith("report type ", denial.Target, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryWriteActionHasARowAndEveryRowIsAWrite() =>
        Assert.Equal(WriteActions.Order(), Matrix.Select(o => o.Action).Distinct().Order());

    [Fact]
    public void EveryActionIsEitherAWriteOrAReadOnPurpose()
    {
        var classified = WriteActions.Concat(ReadActions).ToList();

        Assert.Equal(classified.Count, classified.Distinct().Count());
        Assert.Equal(Enum.GetValues<SteeringAction>().Order(), classified.Order());
    }

    [Fact]
    public void EveryRowNamesAnOperationOnceAndAllowsSomeRole() =>
        Assert.All(Matrix, o =>
        {
            Assert.Single(Matrix, other => other.Name == o.Name);
            Assert.NotEmpty(o.AllowedRoles);
        });

    /// <summary>One write a service offers: the action it needs, the roles that may do it, and how to do it as <see cref="Caller"/>.</summary>
    private sealed record WriteOperation(
        string Name, SteeringAction Action, SteeringRole[] AllowedRoles, Func<MatrixStore, Caller, Task<WriteResult>> Run);
}

/// <summary>How a write ended, as far as the matrix cares; any other outcome fails the test.</summary>
internal enum WriteResult
{
    Done = 1,
    Forbidden,
}

/// <summary>
/// The small plan with a campaign in which units U1 and U2 take part, the services that write to it, and a reporter
/// bound to U1 (the "own" unit; U2 is the "other").
/// </summary>
internal sealed class MatrixStore : IAsyncDisposable
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

    /// <summary>Sets the unit's task-2 assignment to 60 % with an evidence file, from the version stored now.</summary>
    public async Task<WriteResult> UpdateAssignmentAsync(int unitId, Caller caller)
    {
        await using var db = Database.CreateDbContext();
        var assignment = await db.Assignments.Where(a => a.PlanTaskId == _taskId && a.UnitId == unitId)
            .Select(a => new { a.Id, a.Version }).SingleAsync(Token);
        var outcome = await _assignments.UpdateAsync(
            new AssignmentEdit(assignment.Id, assignment.Version, AssignmentState.InProgress, 60, null, "matrix"),
            caller,
            new FileUpload("scan.pdf", new MemoryStream("%PDF-1.7"u8.ToArray())),
            Token);
        return outcome switch
        {
            EditOutcome.Saved => WriteResult.Done,
            EditOutcome.Forbidden => WriteResult.Forbidden,
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    /// <summary>Sets every unit's task-2 assignment to 50 % in one bulk edit.</summary>
    public async Task<WriteResult> BulkUpdateAsync(Caller caller)
    {
        await using var db = Database.CreateDbContext();
        var targets = await db.Assignments.Where(a => a.PlanTaskId == _taskId)
            .Select(a => new BulkTarget(a.Id, a.Version)).ToListAsync(Token);
        var outcome = await _assignments.ApplyBulkAsync(new BulkEdit(_taskId, targets, AssignmentState.InProgress, 50, null, "matrix", WarningsConfirmed: true), caller, Token);
        return outcome switch
        {
            BulkOutcome.Applied => WriteResult.Done,
            BulkOutcome.Forbidden => WriteResult.Forbidden,
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    /// <summary>Records 7 for the unit's figure of the campaign's indicator.</summary>
    public async Task<WriteResult> RecordCampaignResultsAsync(int unitId, Caller caller)
    {
        var outcome = await _campaigns.SaveAsync(_campaignId, unitId, [new CampaignFigure(_indicatorId, 7, null)], caller, Token);
        return outcome switch
        {
            CampaignSaveOutcome.Saved => WriteResult.Done,
            CampaignSaveOutcome.Forbidden => WriteResult.Forbidden,
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    /// <summary>Enters 7 as the unit's figure of the indicator for April 2018 (a month without a value).</summary>
    public async Task<WriteResult> EnterFigureAsync(int unitId, Caller caller)
    {
        var outcome = await _figures.SaveAsync(new FigureEntry(_indicatorId, unitId, 2018, 4, 7, null), caller, Token);
        return outcome switch
        {
            FigureEntryOutcome.Saved => WriteResult.Done,
            FigureEntryOutcome.Forbidden => WriteResult.Forbidden,
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    /// <summary>Imports a CSV of one row: 9 as the unit's figure for March 2018 (a month without a value).</summary>
    public async Task<WriteResult> ImportFiguresAsync(string unitCode, Caller caller)
    {
        var csv = System.Text.Encoding.UTF8.GetBytes($"UnitCode,IndicatorCode,Year,Month,Value\n{unitCode},CASES,2018,3,9\n");
        var outcome = await _import.ImportAsync(new MemoryStream(csv), FigureFileFormat.Csv, caller, [], Token);
        return outcome switch
        {
            FigureImportOutcome.Applied { Added: 1 } => WriteResult.Done,
            FigureImportOutcome.Forbidden => WriteResult.Forbidden,

            // A role that may record some units' figures is told which rows it may not import.
            FigureImportOutcome.Invalid { Errors: [{ Code: FigureError.NotAllowedForUnit }] } => WriteResult.Forbidden,
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    /// <summary>Creates an enabled committee member with a password under the policy.</summary>
    public async Task<WriteResult> CreateAccountAsync(Caller caller) =>
        Result(await _accounts.CreateAsync(
            caller, new NewAccount("matrix.new", "Matrix", SteeringRole.CommitteeMember, null, "sông Hồng mùa thu 2018"), Token));

    /// <summary>Disables the enabled committee member.</summary>
    public async Task<WriteResult> DisableAccountAsync(Caller caller) => Result(await _accounts.DisableAsync(caller, _enabledAccount, Token));

    /// <summary>Enables the disabled committee member.</summary>
    public async Task<WriteResult> EnableAccountAsync(Caller caller) => Result(await _accounts.EnableAsync(caller, _disabledAccount, Token));

    /// <summary>Gives the enabled committee member a new password.</summary>
    public async Task<WriteResult> ResetPasswordAsync(Caller caller) =>
        Result(await _accounts.ResetPasswordAsync(caller, _enabledAccount, "hoa sữa nồng nàn phố cổ", Token));

    /// <summary>Makes the enabled committee member a reporter for the other unit.</summary>
    public async Task<WriteResult> AssignRoleAsync(Caller caller) =>
        Result(await _accounts.AssignRoleAsync(caller, _enabledAccount, SteeringRole.UnitReporter, OtherUnit, Token));

    /// <summary>
    /// Submits the unit's report (a correction for the other unit, whose report is on file) from the version stored now,
    /// with a PDF attached when <paramref name="withAttachment"/>.
    /// </summary>
    public async Task<WriteResult> SubmitReportAsync(int unitId, Caller caller, bool withAttachment = false)
    {
        var current = await _reports.FindAsync(_reportTypeId, unitId, Token);
        var attachments = withAttachment
            ? new ReportAttachmentChanges([new FileUpload("report.pdf", new MemoryStream("%PDF-1.7"u8.ToArray()))], [])
            : ReportAttachmentChanges.None;
        var outcome = await _reports.SubmitAsync(
            caller, _reportTypeId, unitId, "matrix", [new ReportFigure(_indicatorId, 7)], current?.Version, attachments, Token);
        return outcome switch
        {
            SubmitOutcome.Submitted => WriteResult.Done,
            SubmitOutcome.Forbidden => WriteResult.Forbidden,
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    /// <summary>Returns the other unit's submitted report.</summary>
    public async Task<WriteResult> ReturnReportAsync(Caller caller)
    {
        var current = (await _reports.FindAsync(_reportTypeId, OtherUnit, Token))!;
        var outcome = await _reports.ReturnAsync(caller, current.UnitReportId, "matrix", current.Version, Token);
        return outcome switch
        {
            ReturnOutcome.Returned => WriteResult.Done,
            ReturnOutcome.Forbidden => WriteResult.Forbidden,
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    /// <summary>Freezes the conference's pack for <paramref name="audience"/> (a new version each time).</summary>
    public async Task<WriteResult> FreezePackAsync(Caller caller, PackAudience audience)
    {
        var outcome = await _packs.FreezeAsync(caller, _conferenceId, audience, Token);
        return outcome switch
        {
            FreezeOutcome.Frozen => WriteResult.Done,
            FreezeOutcome.Forbidden => WriteResult.Forbidden,
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    /// <summary>Writes the introduction of the conference's review report (not written yet).</summary>
    public async Task<WriteResult> EditReviewSectionAsync(Caller caller)
    {
        var outcome = await _sections.SaveAsync(caller, _conferenceId, ConferenceReportSectionKeys.Introduction, "matrix", null, Token);
        return outcome switch
        {
            ConferenceReportSectionOutcome.Saved => WriteResult.Done,
            ConferenceReportSectionOutcome.Forbidden => WriteResult.Forbidden,
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    /// <summary>Proposes a nomination of an individual of the unit for the conference.</summary>
    public async Task<WriteResult> ProposeCommendationAsync(int unitId, Caller caller)
    {
        var outcome = await _commendations.ProposeAsync(
            caller,
            new CommendationProposal(_conferenceId, "Matrix", NomineeKind.Individual, unitId, CommendationForm.SteeringCommitteeCertificateOfMerit, "matrix", []),
            Token);
        return CommendationResult(outcome);
    }

    /// <summary>
    /// Takes the nomination in <paramref name="state"/> one step on: a proposal under review, a nomination under review
    /// approved (or rejected when <paramref name="reject"/>).
    /// </summary>
    public async Task<WriteResult> DecideCommendationAsync(CommendationState state, Caller caller, bool reject = false)
    {
        var (id, version) = await CommendationInAsync(state);
        var outcome = state == CommendationState.Proposed
            ? await _commendations.StartReviewAsync(caller, id, version, Token)
            : reject
                ? await _commendations.RejectAsync(caller, id, "matrix", version, Token)
                : await _commendations.ApproveAsync(caller, id, version, Token);
        return CommendationResult(outcome);
    }

    /// <summary>Moves the second approved nomination to the first place.</summary>
    public async Task<WriteResult> MoveCommendationAsync(Caller caller)
    {
        await using var db = Database.CreateDbContext();
        var second = await db.Commendations.Where(c => c.ReadingOrder == 2).Select(c => new { c.Id, c.Version }).SingleAsync(Token);
        return CommendationResult(await _commendations.MoveInReadingOrderAsync(caller, second.Id, -1, second.Version, Token));
    }

    private static WriteResult CommendationResult(CommendationOutcome outcome) => outcome switch
    {
        CommendationOutcome.Saved => WriteResult.Done,
        CommendationOutcome.Forbidden => WriteResult.Forbidden,
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
    };

    private async Task<(int Id, Guid Version)> CommendationInAsync(CommendationState state)
    {
        await using var db = Database.CreateDbContext();
        var found = await db.Commendations.Where(c => c.State == state).OrderBy(c => c.Id).Select(c => new { c.Id, c.Version }).FirstAsync(Token);
        return (found.Id, found.Version);
    }
    /// <summary>Creates a second conference of the plan.</summary>
    public async Task<WriteResult> CreateConferenceAsync(Caller caller) =>
        ConferenceResult(await _conferences.CreateAsync(caller, _planId, new ConferenceDraft(
            "Hội nghị tổng kết", new DateOnly(2019, 1, 10), "Hội trường", "Trưởng Ban", new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31), new DateOnly(2018, 12, 15)), Token));

    /// <summary>Adds an agenda item to the conference, from the version stored now.</summary>
    public async Task<WriteResult> AddAgendaItemAsync(Caller caller) =>
        ConferenceResult(await _conferences.SaveAgendaItemAsync(
            caller, _conferenceId, await ConferenceVersionAsync(ConferenceSection.Agenda), null, new AgendaDraft("Tham luận", OwnUnit, null, 15), Token));

    /// <summary>Marks the conference's checklist item done, from the version stored now.</summary>
    public async Task<WriteResult> TickChecklistItemAsync(Caller caller) =>
        ConferenceResult(await _conferences.SetChecklistItemDoneAsync(caller, _conferenceId, await ConferenceVersionAsync(ConferenceSection.Checklist), _checklistItemId, true, Token));

    /// <summary>Attaches a PDF to the conference's agenda item, from the version stored now.</summary>
    public async Task<WriteResult> AttachAgendaDocumentAsync(Caller caller) =>
        ConferenceResult(await _conferences.AttachAgendaDocumentsAsync(
            caller, _conferenceId, await ConferenceVersionAsync(ConferenceSection.Agenda), _agendaItemId, [new FileUpload("agenda.pdf", new MemoryStream("%PDF-1.7"u8.ToArray()))], Token));

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
        OwnUnit = await db.Units.Where(u => u.Code == "U1").Select(u => u.Id).SingleAsync(Token);
        OtherUnit = await db.Units.Where(u => u.Code == "U2").Select(u => u.Id).SingleAsync(Token);
        _taskId = await db.PlanTasks.Where(t => t.Number == 2).Select(t => t.Id).SingleAsync(Token);
        _indicatorId = await db.Indicators.Select(i => i.Id).SingleAsync(Token);
        var campaign = db.Campaigns.Add(new Campaign
        {
            PlanId = planId,
            NameVi = "Đợt cao điểm",
            NameEn = "Peak campaign",
            ProgrammeId = await db.Programmes.Select(p => p.Id).FirstAsync(Token),
            StartDate = new DateOnly(2018, 6, 1),
            EndDate = new DateOnly(2018, 7, 31),
            LeadUnitId = OwnUnit,
            Participants = [new CampaignUnit { UnitId = OwnUnit }, new CampaignUnit { UnitId = OtherUnit }],
            Targets = [new CampaignTarget { IndicatorId = _indicatorId, Target = 50 }],
        }).Entity;
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
        var guard = new AccessGuard(Database, new AuditLog(Database, clock, NullLogger<AuditLog>.Instance));
        var evidence = new FileStore(new FileStoreOptions { Folder = _evidenceFolder });
        _assignments = new AssignmentUpdateService(Database, notifier, evidence, guard, clock, TestMeterFactory.UnobservedConflicts());
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

    private static WriteResult ConferenceResult(ConferenceOutcome outcome) => outcome switch
    {
        ConferenceOutcome.Saved => WriteResult.Done,
        ConferenceOutcome.Forbidden => WriteResult.Forbidden,
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
    };

    private async Task<Guid> ConferenceVersionAsync(ConferenceSection section)
    {
        await using var db = Database.CreateDbContext();
        return (await db.Conferences.SingleAsync(c => c.Id == _conferenceId, Token)).VersionOf(section);
    }

    private static WriteResult Result(AccountOutcome outcome) => outcome switch
    {
        AccountOutcome.Done => WriteResult.Done,
        AccountOutcome.Forbidden => WriteResult.Forbidden,
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
    };
}
