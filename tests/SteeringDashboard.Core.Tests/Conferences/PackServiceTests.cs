using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Conferences;

public sealed class PackServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ReviewScenario _scenario = null!;
    private Caller _secretariat = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var planId = await SmallPlanScenario.CreateAsync(_database);
        _scenario = await ReviewScenario.CreateAsync(_database, planId, SmallPlanScenario.June30);
        _secretariat = await _scenario.AccountAsync(SteeringRole.Secretariat);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task AFrozenPackKeepsItsFiguresAndTextsWhenTheLiveDataChange()
    {
        await SaveSectionAsync(ReviewSectionKeys.Introduction, "Bản đầu");
        Assert.Equal(new FreezeOutcome.Frozen(1), await _scenario.Packs.FreezeAsync(_secretariat, _scenario.ConferenceId, Token));

        await _scenario.AddToFigureAsync("U1", "CASES", 6, 50);
        await SaveSectionAsync(ReviewSectionKeys.Introduction, "Bản sửa", await SectionVersionAsync(ReviewSectionKeys.Introduction));

        var frozen = (await _scenario.Packs.LoadAsync(_scenario.ConferenceId, 1, Token))!;
        Assert.Equal(17, CasesOf(frozen.Content));
        Assert.Equal(15, frozen.Content.Districts.Single(u => u.Code == "U1").Figures["CASES"].Value);
        Assert.Equal("Bản đầu", frozen.Content.Section(ReviewSectionKeys.Introduction));

        var live = (await _scenario.Review.CompileAsync(_scenario.ConferenceId, Token))!;
        Assert.Equal(67, CasesOf(live));
        Assert.Equal("Bản sửa", live.Section(ReviewSectionKeys.Introduction));
    }

    [Fact]
    public async Task AFrozenPackKeepsItsRecordAgendaAndApprovedCommendationsWhenTheyChangeLater()
    {
        await using (var db = _database.CreateDbContext())
        {
            var unit = await db.Units.Where(u => u.Code == "U1").Select(u => u.Id).SingleAsync(Token);
            db.AgendaItems.Add(new AgendaItem { ConferenceId = _scenario.ConferenceId, Position = 1, Title = "Báo cáo sơ kết", PresenterName = "Thường trực", DurationMinutes = 30 });
            db.Commendations.Add(Nomination("Nguyễn Văn An", unit, CommendationState.Approved, 1));
            db.Commendations.Add(Nomination("Trần Thị Bình", unit, CommendationState.UnderReview, null));
            await db.SaveChangesAsync(Token);
        }

        Assert.Equal(new FreezeOutcome.Frozen(1), await _scenario.Packs.FreezeAsync(_secretariat, _scenario.ConferenceId, Token));
        await using (var db = _database.CreateDbContext())
        {
            await db.AgendaItems.ExecuteUpdateAsync(s => s.SetProperty(i => i.DurationMinutes, 45).SetProperty(i => i.Title, "Báo cáo sơ kết (sửa)"), Token);
            await db.Commendations.Where(c => c.NomineeName == "Trần Thị Bình")
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, CommendationState.Approved).SetProperty(c => c.ReadingOrder, 2), Token);
            await db.Conferences.ExecuteUpdateAsync(s => s.SetProperty(c => c.Venue, "Hội trường mới"), Token);
        }

        var papers = (await _scenario.Packs.LoadAsync(_scenario.ConferenceId, 1, Token))!.Papers!;

        var item = Assert.Single(papers.Conference.Agenda);
        Assert.Equal(("Báo cáo sơ kết", 30), (item.Title, item.DurationMinutes));
        Assert.NotEqual("Hội trường mới", papers.Conference.Venue);
        Assert.Equal(["Nguyễn Văn An"], papers.Approved.Select(c => c.NomineeName));
    }

    [Fact]
    public async Task ReFreezingStoresANewVersionWithTheChangeAndKeepsTheOldReadable()
    {
        await _scenario.Packs.FreezeAsync(_secretariat, _scenario.ConferenceId, Token);
        await _scenario.AddToFigureAsync("A1", "CASES", 6, 3);

        Assert.Equal(new FreezeOutcome.Frozen(2), await _scenario.Packs.FreezeAsync(_secretariat, _scenario.ConferenceId, Token));

        var versions = await _scenario.Packs.ListAsync(_scenario.ConferenceId, Token);
        Assert.Equal([2, 1], versions.Select(v => v.Number));
        Assert.All(versions, v => Assert.Equal((SmallPlanScenario.June30, "Test Secretariat"), (v.CutoffDate, v.FrozenBy)));
        Assert.Equal(ReviewScenario.Now.UtcDateTime, versions[0].FrozenAtUtc);
        Assert.Equal(17, CasesOf((await _scenario.Packs.LoadAsync(_scenario.ConferenceId, 1, Token))!.Content));
        Assert.Equal(20, CasesOf((await _scenario.Packs.LoadAsync(_scenario.ConferenceId, 2, Token))!.Content));
    }

    [Fact]
    public async Task ARoleThatMayNotPrepareTheConferenceIsRefusedStoresNothingAndIsAudited()
    {
        var member = await _scenario.AccountAsync(SteeringRole.CommitteeMember);

        Assert.IsType<FreezeOutcome.Forbidden>(await _scenario.Packs.FreezeAsync(member, _scenario.ConferenceId, Token));

        Assert.Empty(await _scenario.Packs.ListAsync(_scenario.ConferenceId, Token));
        await using var db = _database.CreateDbContext();
        var denial = await db.AuditEntries.SingleAsync(Token);
        Assert.Equal((AuditEvent.AccessDenied, member.UserId), (denial.Event, denial.UserId));
    }

    [Fact]
    public async Task AnUnknownConferenceOrVersionIsNotFound()
    {
        Assert.IsType<FreezeOutcome.NotFound>(await _scenario.Packs.FreezeAsync(_secretariat, 999, Token));
        Assert.Null(await _scenario.Packs.LoadAsync(_scenario.ConferenceId, 1, Token));
    }

    private Commendation Nomination(string nominee, int unitId, CommendationState state, int? readingOrder) => new()
    {
        ConferenceId = _scenario.ConferenceId,
        NomineeName = nominee,
        NomineeKind = NomineeKind.Individual,
        UnitId = unitId,
        Form = CommendationForm.SteeringCommitteeCertificateOfMerit,
        Achievement = "Thành tích.",
        State = state,
        ReadingOrder = readingOrder,
        ProposedAtUtc = ReviewScenario.Now.UtcDateTime,
        ProposedBy = "test",
        UpdatedAtUtc = ReviewScenario.Now.UtcDateTime,
        Version = Guid.NewGuid(),
    };

    private static long CasesOf(ReviewContent content) =>
        content.Programmes.Single(p => p.Code == ProgrammeCode.TraffickingPrevention).Figures.Single(f => f.Code == "CASES").Value.Value;

    private async Task SaveSectionAsync(string key, string text, Guid? version = null) =>
        Assert.IsType<ReviewSectionOutcome.Saved>(await _scenario.Sections.SaveAsync(_secretariat, _scenario.ConferenceId, key, text, version, Token));

    private async Task<Guid> SectionVersionAsync(string key) =>
        (await _scenario.Sections.ListAsync(_scenario.ConferenceId, Token))[key].Version;
}
