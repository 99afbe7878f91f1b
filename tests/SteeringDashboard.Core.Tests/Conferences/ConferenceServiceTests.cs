using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Conferences;

public sealed class ConferenceServiceTests : IAsyncLifetime
{
    private static readonly ConferenceDraft MidYear = new(
        "Hội nghị sơ kết 6 tháng", new DateOnly(2018, 7, 12), "Hội trường", "Trưởng Ban",
        new DateOnly(2018, 1, 1), new DateOnly(2018, 6, 30), new DateOnly(2018, 6, 15));

    private TestDatabase _database = null!;
    private ConferenceService _service = null!;
    private ConferenceQueries _queries = null!;
    private int _planId;
    private int _unitId;
    private Caller _secretariat = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _planId = await SmallPlanScenario.CreateAsync(_database);
        _unitId = await _database.UnitIdAsync("U1");
        _service = new ConferenceService(
            _database,
            new ChangeNotifier(NullLogger<ChangeNotifier>.Instance),
            _database.Guard(TimeProvider.System),
            new FileStore(new FileStoreOptions { Folder = Path.Combine(Path.GetTempPath(), $"steering-conference-{Guid.NewGuid():N}") }),
            TimeProvider.System);
        _queries = new ConferenceQueries(_database);
        _secretariat = new Caller((await TestAccounts.CreateAsync(_database, SteeringRole.Secretariat, displayName: "Thư ký")).UserId);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task CreatesTheRecordTrimmedAndStampedWithTheEditor()
    {
        var saved = Assert.IsType<ConferenceOutcome.Saved>(
            await _service.CreateAsync(_secretariat, _planId, MidYear with { Title = "  Hội nghị sơ kết 6 tháng  " }, Token));

        var detail = (await _queries.LoadAsync(saved.ConferenceId, Token))!;
        Assert.Equal(("Hội nghị sơ kết 6 tháng", new DateOnly(2018, 6, 15), "Thư ký"), (detail.Title, detail.CutoffDate, detail.UpdatedBy));
        Assert.Equal(new ConferenceVersions(saved.Version, saved.Version, saved.Version, saved.Version), detail.Versions);
    }

    [Theory]
    [InlineData("title", ConferenceError.TitleRequired)]
    [InlineData("long title", ConferenceError.TitleTooLong)]
    [InlineData("no date", ConferenceError.DateRequired)]
    [InlineData("venue", ConferenceError.VenueRequired)]
    [InlineData("chair", ConferenceError.ChairRequired)]
    [InlineData("no period end", ConferenceError.PeriodRequired)]
    [InlineData("reversed", ConferenceError.PeriodReversed)]
    [InlineData("no cut-off", ConferenceError.CutoffRequired)]
    [InlineData("cut-off early", ConferenceError.CutoffBeforePeriod)]
    [InlineData("date early", ConferenceError.DateBeforeCutoff)]
    public async Task RefusesAnInvalidRecordWithItsCodeAndStoresNothing(string change, ConferenceError expected)
    {
        var draft = change switch
        {
            "title" => MidYear with { Title = "   " },
            "long title" => MidYear with { Title = new string('x', Conference.TitleMaxLength + 1) },
            "no date" => MidYear with { Date = null },
            "venue" => MidYear with { Venue = "" },
            "chair" => MidYear with { Chair = null },
            "no period end" => MidYear with { PeriodEnd = null },
            "reversed" => MidYear with { PeriodEnd = new DateOnly(2017, 12, 31) },
            "no cut-off" => MidYear with { CutoffDate = null },
            "cut-off early" => MidYear with { CutoffDate = new DateOnly(2017, 12, 31) },
            _ => MidYear with { Date = new DateOnly(2018, 6, 14) },
        };

        var outcome = await _service.CreateAsync(_secretariat, _planId, draft, Token);

        Assert.Equal([expected], Assert.IsType<ConferenceOutcome.Invalid>(outcome).Errors);
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.Conferences.CountAsync(Token));
    }

    [Fact]
    public void ACutoffAfterThePeriodIsAllowed() =>
        Assert.Empty(ConferenceService.Validate(MidYear with { CutoffDate = new DateOnly(2018, 7, 5) }));

    [Fact]
    public async Task AgendaRunningTotalAddsTheDurationsInOrder()
    {
        var (id, version) = await CreateAsync();
        version = await AddAgendaAsync(id, version, "Khai mạc", 10);
        version = await AddAgendaAsync(id, version, "Báo cáo", 30);
        await AddAgendaAsync(id, version, "Kết luận", 25);

        var detail = (await _queries.LoadAsync(id, Token))!;
        Assert.Equal([10, 40, 65], detail.Agenda.Select(a => a.EndsAtMinute));
        Assert.Equal(65, detail.TotalMinutes);
        Assert.Equal(65, Assert.Single(await _queries.ListAsync(Token)).AgendaMinutes);
    }

    [Theory]
    [InlineData(2, 1, "B A C D")]
    [InlineData(1, 4, "B C D A")]
    [InlineData(4, 2, "A D B C")]
    [InlineData(3, 3, "A B C D")]
    public async Task MovingAnItemKeepsTheOrderGaplessAndTheTotal(int from, int to, string expected)
    {
        var (id, version) = await CreateAsync();
        foreach (var title in new[] { "A", "B", "C", "D" })
        {
            version = await AddAgendaAsync(id, version, title, 10 + title[0] - 'A');
        }

        var moved = (await _queries.LoadAsync(id, Token))!.Agenda[from - 1].Id;
        Assert.IsType<ConferenceOutcome.Saved>(await _service.MoveAgendaItemAsync(_secretariat, id, version, moved, to, Token));

        var agenda = (await _queries.LoadAsync(id, Token))!.Agenda;
        Assert.Equal(expected, string.Join(' ', agenda.Select(a => a.Title)));
        Assert.Equal([1, 2, 3, 4], agenda.Select(a => a.Position));
        Assert.Equal(46, agenda[^1].EndsAtMinute);
    }

    [Fact]
    public async Task RemovingAnItemClosesTheGapAndAMoveOutOfRangeIsRefused()
    {
        var (id, version) = await CreateAsync();
        foreach (var title in new[] { "A", "B", "C" })
        {
            version = await AddAgendaAsync(id, version, title, 10);
        }

        var agenda = (await _queries.LoadAsync(id, Token))!.Agenda;
        version = Assert.IsType<ConferenceOutcome.Saved>(await _service.RemoveAgendaItemAsync(_secretariat, id, version, agenda[0].Id, Token)).Version;
        var outOfRange = await _service.MoveAgendaItemAsync(_secretariat, id, version, agenda[1].Id, 3, Token);

        Assert.Equal([ConferenceError.PositionOutOfRange], Assert.IsType<ConferenceOutcome.Invalid>(outOfRange).Errors);
        var after = (await _queries.LoadAsync(id, Token))!.Agenda;
        Assert.Equal([("B", 1), ("C", 2)], after.Select(a => (a.Title, a.Position)));
    }

    [Theory]
    [InlineData(null, null, 30, ConferenceError.PresenterRequired)]
    [InlineData(true, "Ông A", 30, ConferenceError.PresenterAmbiguous)]
    [InlineData(null, "Ông A", 0, ConferenceError.DurationOutOfRange)]
    [InlineData(null, "Ông A", 481, ConferenceError.DurationOutOfRange)]
    public async Task RefusesAnAgendaItemWithoutOneClearPresenterOrWithADurationOutside1To480(
        bool? byUnit, string? person, int minutes, ConferenceError expected)
    {
        var (id, version) = await CreateAsync();

        var outcome = await _service.SaveAgendaItemAsync(
            _secretariat, id, version, null, new AgendaDraft("Tham luận", byUnit is null ? null : _unitId, person, minutes), Token);

        Assert.Equal([expected], Assert.IsType<ConferenceOutcome.Invalid>(outcome).Errors);
        Assert.Empty((await _queries.LoadAsync(id, Token))!.Agenda);
    }

    [Fact]
    public async Task ChecklistItemsAreAddedEditedToggledAndRemoved()
    {
        var (id, version) = await CreateAsync();
        version = Assert.IsType<ConferenceOutcome.Saved>(await _service.SaveChecklistItemAsync(
            _secretariat, id, version, null, new ChecklistDraft("In tài liệu", "Văn phòng", new DateOnly(2018, 7, 10)), Token)).Version;
        var item = Assert.Single((await _queries.LoadAsync(id, Token))!.Checklist);
        version = Assert.IsType<ConferenceOutcome.Saved>(await _service.SetChecklistItemDoneAsync(_secretariat, id, version, item.Id, true, Token)).Version;
        version = Assert.IsType<ConferenceOutcome.Saved>(await _service.SaveChecklistItemAsync(
            _secretariat, id, version, item.Id, new ChecklistDraft("In 200 bộ tài liệu", "Văn phòng", null), Token)).Version;

        Assert.Equal(new ChecklistRow(item.Id, "In 200 bộ tài liệu", "Văn phòng", null, true), Assert.Single((await _queries.LoadAsync(id, Token))!.Checklist));
        var missingOwner = await _service.SaveChecklistItemAsync(_secretariat, id, version, null, new ChecklistDraft("Gửi giấy mời", " ", null), Token);
        Assert.Equal([ConferenceError.ChecklistOwnerRequired], Assert.IsType<ConferenceOutcome.Invalid>(missingOwner).Errors);

        Assert.IsType<ConferenceOutcome.Saved>(await _service.RemoveChecklistItemAsync(_secretariat, id, version, item.Id, Token));
        Assert.Empty((await _queries.LoadAsync(id, Token))!.Checklist);
    }

    [Fact]
    public async Task InvitationsReplaceTheUnitsAndRefuseAnUnknownOne()
    {
        var (id, version) = await CreateAsync();
        version = Assert.IsType<ConferenceOutcome.Saved>(await _service.SetInvitedUnitsAsync(_secretariat, id, version, [_unitId], Token)).Version;
        version = Assert.IsType<ConferenceOutcome.Saved>(await _service.AddInviteeAsync(_secretariat, id, version, new InviteeDraft("Nguyễn Văn A", "Phó Chủ tịch"), Token)).Version;

        var unknown = await _service.SetInvitedUnitsAsync(_secretariat, id, version, [_unitId, -5], Token);

        Assert.Equal([ConferenceError.UnitUnknown], Assert.IsType<ConferenceOutcome.Invalid>(unknown).Errors);
        var detail = (await _queries.LoadAsync(id, Token))!;
        Assert.Equal([_unitId], detail.InvitedUnitIds);
        Assert.Equal("Nguyễn Văn A", Assert.Single(detail.Invitees).Name);
    }

    [Fact]
    public async Task TwoEditorsOfDifferentSectionsFromTheSameLoadAreBothSavedAndOnlyTheirSectionsMove()
    {
        var (id, _) = await CreateAsync();
        var other = new Caller((await TestAccounts.CreateAsync(_database, SteeringRole.Secretariat, displayName: "Thư ký hai")).UserId);
        var version = Assert.IsType<ConferenceOutcome.Saved>(await _service.SaveChecklistItemAsync(
            _secretariat, id, (await _queries.LoadAsync(id, Token))!.Versions.Checklist, null, new ChecklistDraft("Đặt hội trường", "Văn phòng", null), Token)).Version;
        var loaded = (await _queries.LoadAsync(id, Token))!;

        var ticked = await _service.SetChecklistItemDoneAsync(_secretariat, id, loaded.Versions.Checklist, Assert.Single(loaded.Checklist).Id, true, Token);
        var added = await _service.SaveAgendaItemAsync(other, id, loaded.Versions.Agenda, null, new AgendaDraft("Khai mạc", null, "Ông A", 10), Token);
        var renamed = await _service.UpdateAsync(other, id, loaded.Versions.Record, MidYear with { Title = "Hội nghị sơ kết (sửa)" }, Token);
        var invited = await _service.SetInvitedUnitsAsync(_secretariat, id, loaded.Versions.Invitations, [_unitId], Token);

        var after = (await _queries.LoadAsync(id, Token))!;
        Assert.Equal(
            new ConferenceVersions(
                Assert.IsType<ConferenceOutcome.Saved>(renamed).Version,
                Assert.IsType<ConferenceOutcome.Saved>(invited).Version,
                Assert.IsType<ConferenceOutcome.Saved>(ticked).Version,
                Assert.IsType<ConferenceOutcome.Saved>(added).Version),
            after.Versions);
        Assert.NotEqual(version, after.Versions.Checklist);
        Assert.True(Assert.Single(after.Checklist).Done);
        Assert.Equal("Khai mạc", Assert.Single(after.Agenda).Title);
        Assert.Equal("Hội nghị sơ kết (sửa)", after.Title);
        Assert.Equal([_unitId], after.InvitedUnitIds);
    }

    [Fact]
    public async Task ASecondEditOfTheSameSectionFromAnOlderLoadIsAConflictAndOverwritesNothing()
    {
        var (id, _) = await CreateAsync();
        var other = new Caller((await TestAccounts.CreateAsync(_database, SteeringRole.Secretariat, displayName: "Thư ký hai")).UserId);
        var loaded = (await _queries.LoadAsync(id, Token))!.Versions;
        await AddAgendaAsync(id, loaded.Agenda, "Khai mạc", 10);
        Assert.IsType<ConferenceOutcome.Saved>(await _service.UpdateAsync(_secretariat, id, loaded.Record, MidYear with { Title = "Tên mới" }, Token));
        Assert.IsType<ConferenceOutcome.Saved>(await _service.SetInvitedUnitsAsync(_secretariat, id, loaded.Invitations, [_unitId], Token));
        Assert.IsType<ConferenceOutcome.Saved>(await _service.SaveChecklistItemAsync(
            _secretariat, id, loaded.Checklist, null, new ChecklistDraft("In tài liệu", "Văn phòng", null), Token));
        var stored = (await _queries.LoadAsync(id, Token))!;

        ConferenceOutcome[] stale =
        [
            await _service.SaveAgendaItemAsync(other, id, loaded.Agenda, null, new AgendaDraft("Thêm", null, "Ông B", 5), Token),
            await _service.UpdateAsync(other, id, loaded.Record, MidYear with { Title = "Đè lên" }, Token),
            await _service.SetInvitedUnitsAsync(other, id, loaded.Invitations, [], Token),
            await _service.RemoveChecklistItemAsync(other, id, loaded.Checklist, Assert.Single(stored.Checklist).Id, Token),
        ];

        Assert.All(stale, outcome => Assert.IsType<ConferenceOutcome.Conflict>(outcome));
        Assert.Equivalent(stored, (await _queries.LoadAsync(id, Token))!);
    }

    [Fact]
    public async Task ACommitteeMemberIsRefusedTheRefusalIsAuditedAndNothingChanges()
    {
        var (id, version) = await CreateAsync();
        var member = await TestAccounts.CreateAsync(_database, SteeringRole.CommitteeMember);

        var outcome = await _service.SaveAgendaItemAsync(new Caller(member.UserId), id, version, null, new AgendaDraft("Thêm", null, "Ông B", 5), Token);

        Assert.IsType<ConferenceOutcome.Forbidden>(outcome);
        Assert.Empty((await _queries.LoadAsync(id, Token))!.Agenda);
        await using var db = _database.CreateDbContext();
        var denial = await db.AuditEntries.SingleAsync(Token);
        Assert.Equal((AuditEvent.AccessDenied, member.UserId), (denial.Event, denial.UserId));
        Assert.StartsWith($"conference {id} agenda item", denial.Target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConferencePageLoadsWithEveryItemsDocumentsInAFixedNumberOfQueries()
    {
        var (id, version) = await CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            version = await AddAgendaAsync(id, version, $"Mục {i}", 10);
        }

        await using (var db = _database.CreateDbContext())
        {
            foreach (var itemId in await db.AgendaItems.Select(i => i.Id).ToListAsync(Token))
            {
                db.AgendaDocuments.AddRange(Enumerable.Range(1, 2).Select(n => new AgendaDocument
                {
                    AgendaItemId = itemId,
                    FileName = $"tài liệu {itemId}-{n}.pdf",
                    ContentType = "application/pdf",
                    SizeBytes = 100 * n,
                    StoredName = $"{Guid.NewGuid():N}.pdf",
                    UploadedBy = "Thư ký",
                }));
            }

            await db.SaveChangesAsync(Token);
        }

        _database.ResetCommandCount();
        var agenda = (await _queries.LoadAsync(id, Token))!.Agenda;

        Assert.Equal(7, _database.CommandCount);
        Assert.All(agenda, item => Assert.Equal(
            [($"tài liệu {item.Id}-1.pdf", 100L), ($"tài liệu {item.Id}-2.pdf", 200L)],
            item.Documents.Select(d => (d.FileName, d.SizeBytes))));
    }

    private async Task<(int Id, Guid Version)> CreateAsync()
    {
        var saved = Assert.IsType<ConferenceOutcome.Saved>(await _service.CreateAsync(_secretariat, _planId, MidYear, Token));
        return (saved.ConferenceId, saved.Version);
    }

    private async Task<Guid> AddAgendaAsync(int id, Guid version, string title, int minutes) =>
        Assert.IsType<ConferenceOutcome.Saved>(
            await _service.SaveAgendaItemAsync(_secretariat, id, version, null, new AgendaDraft(title, null, "Ông A", minutes), Token)).Version;
}
