using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Security;

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
