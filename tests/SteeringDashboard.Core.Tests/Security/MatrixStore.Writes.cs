using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Tests.Security;

/// <summary>The writes of the matrix, each done as the caller and told as a <see cref="WriteResult"/>.</summary>
internal sealed partial class MatrixStore
{
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


    private static WriteResult ConferenceResult(ConferenceOutcome outcome) => outcome switch
    {
        ConferenceOutcome.Saved => WriteResult.Done,
        ConferenceOutcome.Forbidden => WriteResult.Forbidden,
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
    };


    private static WriteResult Result(AccountOutcome outcome) => outcome switch
    {
        AccountOutcome.Done => WriteResult.Done,
        AccountOutcome.Forbidden => WriteResult.Forbidden,
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
    };
}
