using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Assignments;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Assignments;

/// <summary>
/// The edit dialog against a database of its own, with the clock at noon on 20/07/2018 in Ha Noi. The assignment is
/// Ba Dinh's task 11 (started 06/06/2018), recorded as completed in the demo data; Ba Dinh's reporter is signed in.
/// </summary>
public sealed class EditAssignmentDialogTests : BunitContext, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly TemporaryDatabase _database = new();
    private readonly FixedClock _clock = FixedClock.AtHanoiNoon(new DateOnly(2018, 7, 20));
    private readonly ReadOnlyStorage _readOnly = new();
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;
    private int _assignmentId;
    private int _baDinh;
    private Actor _reporter = default!;
    private Actor? _otherPerson;

    private static CancellationToken Cancellation => Xunit.TestContext.Current.CancellationToken;

    private AssignmentUpdateService Updates => Services.GetRequiredService<AssignmentUpdateService>();

    private IDbContextFactory<SteeringDbContext> Factory => Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>();

    public async ValueTask InitializeAsync()
    {
        this.AddSteeringDefaults();
        await this.UseSteeringDatabaseAsync(_database, null, _clock, _readOnly);
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        (_assignmentId, _baDinh) = await db.Assignments
            .Where(a => a.Unit!.Code == "BA-DINH" && a.PlanTask!.Number == 11)
            .Select(a => new ValueTuple<int, int>(a.Id, a.UnitId))
            .SingleAsync(Cancellation);
        _reporter = await TestAccounts.CreateAsync(Factory, SteeringRole.UnitReporter, _baDinh, displayName: "Reporter of Ba Dinh");
        this.SignInAs(_reporter);
    }

    public static TheoryData<string, Action<EditAssignmentDialogTests>, string, string> BadInputs() => new()
    {
        { "progress 150", t => t.InProgressAt("150"), "progress", "Progress must be a whole number from 0 to 100." },
        { "completed without a date", t => t.ClearDate(), "completed-on", "Enter the completion date of a completed assignment." },
        { "completed at 50%", t => t.Type("progress", "50"), "progress", "A completed assignment must be at 100% progress." },
        { "a date after today", t => t.Change("completed-on", "21/07/2018"), "completed-on", "The completion date cannot be later than today." },
        { "a note of 1001 characters", t => t.Type("note", new string('x', 1001)), "note", "The note can be at most 1,000 characters long." },
        { "a bad link", t => t.Change("evidence-url", "www.example"), "evidence-url", "Enter a full web address starting with https:// or http:// (at most 500 characters)." },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task ShowsTheRulesMessageBesideTheFieldAndStoresNothing(string input, Action<EditAssignmentDialogTests> enter, string field, string message)
    {
        using var culture = CultureScope.Use("en-US");
        var before = await Updates.LoadForEditAsync(_assignmentId, Cancellation);
        var historyBefore = (await Updates.HistoryAsync(_assignmentId, Cancellation)).Count;
        OpenDialog();

        enter(this);
        Save();

        _dialogs.WaitForAssertion(() => Assert.Equal(message, ErrorTextOf(field)), Timeout);
        Assert.True(Field(field).GetAttribute("aria-invalid") == "true", $"{input}: the field is marked invalid");
        Assert.NotNull(_dialogs.Find("[data-testid=not-saved]"));
        Assert.Equal(historyBefore, (await Updates.HistoryAsync(_assignmentId, Cancellation)).Count);
        Assert.Equal(before!.Current, (await Updates.LoadForEditAsync(_assignmentId, Cancellation))!.Current);
    }

    [Fact]
    public async Task ShowsTheMessagesInVietnamese()
    {
        using var culture = CultureScope.Use("vi-VN");
        var historyBefore = (await Updates.HistoryAsync(_assignmentId, Cancellation)).Count;
        OpenDialog();

        Type("progress", "50");
        Change("completed-on", "21/07/2018");
        Save();

        _dialogs.WaitForAssertion(() => Assert.Equal("Nhiệm vụ đã hoàn thành phải có tiến độ 100%.", ErrorTextOf("progress")), Timeout);
        Assert.Equal("Ngày hoàn thành không được muộn hơn ngày hôm nay.", ErrorTextOf("completed-on"));
        Assert.Equal(historyBefore, (await Updates.HistoryAsync(_assignmentId, Cancellation)).Count);
    }

    [Fact]
    public async Task SavesAValidEditUnderTheSignedInPersonsNameAndClosesTheDialog()
    {
        using var culture = CultureScope.Use("en-US");
        OpenDialog();

        ChooseState("In progress");
        Type("progress", "80");
        ClearDate();
        Type("note", "Second round of communication sessions");
        Save();

        _dialogs.WaitForAssertion(() => Assert.Empty(_dialogs.FindAll("[data-testid=save]")), Timeout);
        var latest = (await Updates.HistoryAsync(_assignmentId, Cancellation))[0];
        Assert.Equal(
            ("Reporter of Ba Dinh", AssignmentState.Completed, AssignmentState.InProgress, 100, 80, (DateOnly?)null, "Second round of communication sessions"),
            (latest.ChangedBy, latest.OldState!.Value, latest.NewState, latest.OldProgress!.Value, latest.NewProgress, latest.NewCompletedOn, latest.Note));
    }

    [Theory]
    [InlineData("vi-VN", "Đã hoàn thành")]
    [InlineData("en-US", "Completed")]
    public async Task ChoosingCompletedSetsProgressTo100AndTheDateTypedAsDayMonthYearIsSaved(string cultureName, string completed)
    {
        using var culture = CultureScope.Use(cultureName);
        await ReopenAtAsync(60);
        OpenDialog();

        ChooseState(completed);
        _dialogs.WaitForAssertion(() => Assert.Equal("100", Field("progress").GetAttribute("value")), Timeout);
        Change("completed-on", "05/07/2018");
        Save();

        _dialogs.WaitForAssertion(() => Assert.Empty(_dialogs.FindAll("[data-testid=save]")), Timeout);
        var saved = (await Updates.LoadForEditAsync(_assignmentId, Cancellation))!.Current;
        Assert.Equal((AssignmentState.Completed, 100, (DateOnly?)new DateOnly(2018, 7, 5)), (saved.State, saved.Progress, saved.CompletedOn));
    }

    [Fact]
    public async Task ADisabledUsersOpenDialogCannotSaveAndSaysSo()
    {
        using var culture = CultureScope.Use("en-US");
        var before = (await Updates.LoadForEditAsync(_assignmentId, Cancellation))!.Current;
        var historyBefore = (await Updates.HistoryAsync(_assignmentId, Cancellation)).Count;
        OpenDialog();
        await TestAccounts.DisableAsync(Factory, _reporter.UserId);

        ChooseState("In progress");
        Type("progress", "80");
        ClearDate();
        Save();

        var refusal = _dialogs.WaitForElement("[data-testid=forbidden]", Timeout);
        Assert.Equal("You may not update this unit's assignments. Nothing was saved.", refusal.TextContent.Trim());
        Assert.True(Field("save").HasAttribute("disabled"));
        Assert.Equal(historyBefore, (await Updates.HistoryAsync(_assignmentId, Cancellation)).Count);
        Assert.Equal(before, (await Updates.LoadForEditAsync(_assignmentId, Cancellation))!.Current);
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        Assert.Equal(AuditEvent.AccessDenied, (await db.AuditEntries.SingleAsync(e => e.UserId == _reporter.UserId, Cancellation)).Event);
    }

    [Theory]
    [InlineData("en-US", "Your change was not saved: the server's storage is full or read-only. Nothing was changed. Please tell the administrator, then try again.")]
    [InlineData("vi-VN", "Thay đổi của bạn chưa được lưu: bộ nhớ của máy chủ đã đầy hoặc chỉ cho phép đọc. Không có dữ liệu nào bị thay đổi. Vui lòng báo cho quản trị viên rồi thử lại.")]
    public async Task WhenTheStorageRefusesTheWriteTheDialogSaysSoInTheReadersLanguageAndNothingChanges(string cultureName, string message)
    {
        using var culture = CultureScope.Use(cultureName);
        var before = (await Updates.LoadForEditAsync(_assignmentId, Cancellation))!.Current;
        var historyBefore = (await Updates.HistoryAsync(_assignmentId, Cancellation)).Count;
        OpenDialog();
        _readOnly.IsOn = true;

        Type("note", "Saved while the disk is read-only");
        Save();

        Assert.Equal(message, _dialogs.WaitForElement("[data-testid=storage-failed]", Timeout).TextContent.Trim());
        Assert.False(Field("save").HasAttribute("disabled"));
        _readOnly.IsOn = false;
        Assert.Equal(historyBefore, (await Updates.HistoryAsync(_assignmentId, Cancellation)).Count);
        Assert.Equal(before, (await Updates.LoadForEditAsync(_assignmentId, Cancellation))!.Current);
    }

    [Fact]
    public async Task TheRefusalIsShownInVietnamese()
    {
        using var culture = CultureScope.Use("vi-VN");
        OpenDialog();
        await TestAccounts.DisableAsync(Factory, _reporter.UserId);

        Save();

        Assert.Equal(
            "Bạn không có quyền cập nhật nhiệm vụ của đơn vị này. Chưa có gì được lưu.",
            _dialogs.WaitForElement("[data-testid=forbidden]", Timeout).TextContent.Trim());
    }

    [Fact]
    public async Task AnOutdatedVersionShowsWhatTheOtherPersonChangedAndReapplyingSavesOnTop()
    {
        using var culture = CultureScope.Use("en-US");
        var historyBefore = (await Updates.HistoryAsync(_assignmentId, Cancellation)).Count;
        OpenDialog();
        await SaveAsSomeoneElseAsync(AssignmentState.InProgress, 60, null, "Waiting for the ward reports");
        Type("progress", "100");
        Type("note", "All wards reported");

        Save();

        var conflict = _dialogs.WaitForElement("[data-testid=conflict]", Timeout);
        Assert.Equal(
            ["State: Completed → In progress", "Progress: 100% → 60%", "Completion date: 13/06/2018 → —"],
            conflict.QuerySelectorAll("[data-testid=conflict-field]").Select(f => Normalize(f.TextContent)));
        var change = Assert.Single(conflict.QuerySelectorAll("[data-testid=conflict-change]"));
        Assert.Equal(
            "Saved by Nguyen Van An at 20/07/2018 12:00 (Ha Noi time). Their note: Waiting for the ward reports",
            Normalize(change.TextContent));
        Assert.Empty(_dialogs.FindAll("[data-testid=saved-meanwhile]"));
        Assert.Equal(("100", "All wards reported"), (Field("progress").GetAttribute("value"), Field("note").GetAttribute("value")));
        Assert.Equal(historyBefore + 1, (await Updates.HistoryAsync(_assignmentId, Cancellation)).Count);

        _dialogs.FindAll("[data-testid=conflict] button").Single(b => b.TextContent.Trim() == "Reapply my changes on top").Click();

        _dialogs.WaitForAssertion(() => Assert.Empty(_dialogs.FindAll("[data-testid=save]")), Timeout);
        var history = await Updates.HistoryAsync(_assignmentId, Cancellation);
        Assert.Equal(historyBefore + 2, history.Count);
        Assert.Equal(
            ("Reporter of Ba Dinh", AssignmentState.InProgress, 60, AssignmentState.Completed, 100, "All wards reported"),
            (history[0].ChangedBy, history[0].OldState!.Value, history[0].OldProgress!.Value, history[0].NewState, history[0].NewProgress, history[0].Note));
        Assert.Equal("Nguyen Van An", history[1].ChangedBy);
    }

    [Fact]
    public async Task TheConflictListsOnlyTheFieldsTheOtherPersonChanged()
    {
        using var culture = CultureScope.Use("en-US");
        await ReopenAtAsync(60);
        OpenDialog();
        await SaveAsSomeoneElseAsync(AssignmentState.InProgress, 70, null, "Two more wards");
        Type("progress", "80");

        Save();

        var conflict = _dialogs.WaitForElement("[data-testid=conflict]", Timeout);
        Assert.Equal("Progress: 60% → 70%", Normalize(Assert.Single(conflict.QuerySelectorAll("[data-testid=conflict-field]")).TextContent));
    }

    [Theory]
    [InlineData("en-US", "The state, progress and completion date are still as you opened them; your input is kept below.")]
    [InlineData("vi-VN", "Tình trạng, tiến độ và ngày hoàn thành vẫn như khi bạn mở biểu mẫu; nội dung bạn nhập vẫn được giữ nguyên bên dưới.")]
    public async Task AConflictWithOnlyANoteAddedSaysNoRecordedFieldChanged(string cultureName, string message)
    {
        using var culture = CultureScope.Use(cultureName);
        OpenDialog();
        await SaveAsSomeoneElseAsync(AssignmentState.Completed, 100, new DateOnly(2018, 6, 13), "Minutes filed");
        Type("note", "Checked the minutes");

        Save();

        var conflict = _dialogs.WaitForElement("[data-testid=conflict]", Timeout);
        Assert.Empty(conflict.QuerySelectorAll("[data-testid=conflict-field]"));
        Assert.Equal(message, conflict.QuerySelector("[data-testid=conflict-no-field]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("en-US", "Saved by Nguyen Van An at 12:00 just now; your save will be checked against it.")]
    [InlineData("vi-VN", "Nguyen Van An vừa lưu nhiệm vụ này lúc 12:00; khi bạn lưu, thay đổi của bạn sẽ được đối chiếu với bản đó.")]
    public async Task ASaveBySomeoneElseShowsInTheOpenDialogInItsLanguage(string cultureName, string notice)
    {
        using var culture = CultureScope.Use(cultureName);
        OpenDialog();
        Type("note", "Checked the minutes");
        Assert.Empty(_dialogs.FindAll("[data-testid=saved-meanwhile]"));

        await SaveAsSomeoneElseAsync(AssignmentState.InProgress, 90, null, "Reopened for the last ward");

        _dialogs.WaitForAssertion(() => Assert.Equal(notice, _dialogs.Find("[data-testid=saved-meanwhile]").TextContent.Trim()), Timeout);
        Assert.Equal("Checked the minutes", Field("note").GetAttribute("value"));
    }

    [Fact]
    public async Task ASaveMadeWhileTheBrowserWasGoneShowsWhenItComesBack()
    {
        using var culture = CultureScope.Use("en-US");
        OpenDialog();
        Type("note", "Checked the minutes");
        var connection = Services.GetRequiredService<CircuitConnection>();
        var assignment = (await Updates.LoadForEditAsync(_assignmentId, Cancellation))!;

        connection.Down();
        var current = assignment.Current;
        Assert.IsType<EditOutcome.Saved>(await Updates.UpdateAsync(
            new AssignmentEdit(_assignmentId, current.Version, AssignmentState.InProgress, 90, null, null), new Caller((await OtherPersonAsync()).UserId),
            cancellationToken: Cancellation));
        // Handed to the dialog and answered before this returns, as a browser that is gone would have it.
        await Services.GetRequiredService<ChangeNotifier>().Publish(
            new DataChange(ChangeKind.Assignment, assignment.PlanId, [_baDinh], _clock.GetUtcNow().UtcDateTime, "Nguyen Van An"));

        Assert.Empty(_dialogs.FindAll("[data-testid=saved-meanwhile]"));
        connection.Up();

        _dialogs.WaitForAssertion(
            () => Assert.Equal("Saved by Nguyen Van An at 12:00 just now; your save will be checked against it.", _dialogs.Find("[data-testid=saved-meanwhile]").TextContent.Trim()),
            Timeout);
        Assert.Equal("Checked the minutes", Field("note").GetAttribute("value"));
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        _database.Dispose();
    }

    /// <summary>Records the assignment as in progress at <paramref name="progress"/> %, as its reporter would.</summary>
    private async Task ReopenAtAsync(int progress)
    {
        var current = (await Updates.LoadForEditAsync(_assignmentId, Cancellation))!.Current;
        Assert.IsType<EditOutcome.Saved>(await Updates.UpdateAsync(
            new AssignmentEdit(_assignmentId, current.Version, AssignmentState.InProgress, progress, null, null), new Caller(_reporter.UserId),
            cancellationToken: Cancellation));
    }

    /// <summary>Saves the assignment as the standing agency's Nguyen Van An would, from its current version.</summary>
    /// <summary>
    /// Another person saves the assignment while the dialog is open; returns once the dialog shows it, as the person at the
    /// dialog sees it before typing on (the notice re-renders the dialog, so a field found before it could be stale).
    /// </summary>
    private async Task SaveAsSomeoneElseAsync(AssignmentState state, int progress, DateOnly? completedOn, string? note)
    {
        var current = (await Updates.LoadForEditAsync(_assignmentId, Cancellation))!.Current;
        Assert.IsType<EditOutcome.Saved>(await Updates.UpdateAsync(
            new AssignmentEdit(_assignmentId, current.Version, state, progress, completedOn, note), new Caller((await OtherPersonAsync()).UserId),
            cancellationToken: Cancellation));
        _dialogs.WaitForElement("[data-testid=saved-meanwhile]", Timeout);
    }

    private async Task<Actor> OtherPersonAsync() =>
        _otherPerson ??= await TestAccounts.CreateAsync(Factory, SteeringRole.StandingAgency, displayName: "Nguyen Van An");

    private void OpenDialog()
    {
        _dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var button = Render<EditAssignmentButton>(p => p
            .Add(b => b.AssignmentId, _assignmentId)
            .Add(b => b.UnitId, _baDinh)
            .Add(b => b.TaskNumber, 11)
            .Add(b => b.UnitName, "Ba Dinh District"));
        button.Find("button").Click();
        _dialogs.WaitForElement("[data-testid=save]", Timeout);
    }

    private IElement Field(string testId) => _dialogs.Find($"[data-testid={testId}]");

    private void Type(string testId, string text) => Field(testId).Input(text);

    private void Change(string testId, string text) => Field(testId).Change(text);

    private void ClearDate() => Field("completed-on").Change("");

    private void InProgressAt(string progress)
    {
        ChooseState("In progress");
        ClearDate();
        Type("progress", progress);
    }

    private void ChooseState(string name) =>
        _dialogs.FindAll("label.mud-radio").Single(l => l.TextContent.Trim() == name).QuerySelector("input")!.Click();

    private void Save() => Field("save").Click();

    /// <summary>The text a screen reader reads as the field's description: the element its aria-describedby names.</summary>
    private string ErrorTextOf(string testId)
    {
        var describedBy = Field(testId).GetAttribute("aria-describedby");
        Assert.False(string.IsNullOrEmpty(describedBy), $"{testId} has no aria-describedby");
        return string.Join(" ", describedBy.Split(' ').Select(id => _dialogs.Find($"[id='{id}']").TextContent.Trim()));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
