using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Conferences;

public sealed class PackServiceTests : IAsyncLifetime
{
    private ConferenceReportScenario _scenario = null!;
    private Caller _secretariat = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _scenario = await ConferenceReportScenario.OnSmallPlanAsync();
        _secretariat = await _scenario.AccountAsync(SteeringRole.Secretariat);
    }

    public ValueTask DisposeAsync() => _scenario.Database.DisposeAsync();

    [Fact]
    public async Task AFrozenPackKeepsItsFiguresAndTextsWhenTheLiveDataChange()
    {
        await SaveSectionAsync(ConferenceReportSectionKeys.Introduction, "Bản đầu");
        Assert.Equal(new FreezeOutcome.Frozen(1), await _scenario.Packs.FreezeAsync(_secretariat, _scenario.ConferenceId, PackAudience.Committee, Token));

        await _scenario.AddToFigureAsync("U1", "CASES", 6, 50);
        await SaveSectionAsync(ConferenceReportSectionKeys.Introduction, "Bản sửa", await SectionVersionAsync(ConferenceReportSectionKeys.Introduction));

        var frozen = await OpenAsync(1);
        Assert.Equal(17, CasesOf(frozen));
        Assert.Equal(DisclosedFigure.Exact(15), frozen.Figures.Units[UnitIdOf(frozen, "U1")]["CASES"]);
        Assert.Equal("Bản đầu", frozen.Content.Section(ConferenceReportSectionKeys.Introduction));

        var live = (await _scenario.Review.CompileAsync(_scenario.ConferenceId, Token))!;
        Assert.Equal(67, live.Programmes.Single(p => p.Code == ProgrammeCode.TraffickingPrevention).Figures.Single(f => f.Code == "CASES").Value.Value);
        Assert.Equal("Bản sửa", live.Section(ConferenceReportSectionKeys.Introduction));
    }

    [Fact]
    public async Task AFrozenPackKeepsItsRecordAgendaAndApprovedCommendationsWhenTheyChangeLater()
    {
        await using (var db = _scenario.Database.CreateDbContext())
        {
            var unit = await db.Units.Where(u => u.Code == "U1").Select(u => u.Id).SingleAsync(Token);
            db.AgendaItems.Add(new AgendaItem { ConferenceId = _scenario.ConferenceId, Position = 1, Title = "Báo cáo sơ kết", PresenterName = "Thường trực", DurationMinutes = 30 });
            db.Commendations.Add(Nomination("Nguyễn Văn An", unit, CommendationState.Approved, 1));
            db.Commendations.Add(Nomination("Trần Thị Bình", unit, CommendationState.UnderReview, null));
            await db.SaveChangesAsync(Token);
        }

        Assert.Equal(new FreezeOutcome.Frozen(1), await _scenario.Packs.FreezeAsync(_secretariat, _scenario.ConferenceId, PackAudience.Public, Token));
        await using (var db = _scenario.Database.CreateDbContext())
        {
            await db.AgendaItems.ExecuteUpdateAsync(s => s.SetProperty(i => i.DurationMinutes, 45).SetProperty(i => i.Title, "Báo cáo sơ kết (sửa)"), Token);
            await db.Commendations.Where(c => c.NomineeName == "Trần Thị Bình")
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, CommendationState.Approved).SetProperty(c => c.ReadingOrder, 2), Token);
            await db.Conferences.ExecuteUpdateAsync(s => s.SetProperty(c => c.Venue, "Hội trường mới"), Token);
        }

        var papers = (await OpenAsync(1)).Papers!;

        var item = Assert.Single(papers.Conference.Agenda);
        Assert.Equal(("Báo cáo sơ kết", 30), (item.Title, item.DurationMinutes));
        Assert.NotEqual("Hội trường mới", papers.Conference.Venue);
        Assert.Equal(["Nguyễn Văn An"], papers.Approved.Select(c => c.NomineeName));
    }

    [Fact]
    public async Task ReFreezingStoresANewVersionWithTheChangeAndKeepsTheOldReadable()
    {
        await _scenario.Packs.FreezeAsync(_secretariat, _scenario.ConferenceId, PackAudience.Committee, Token);
        await _scenario.AddToFigureAsync("A1", "CASES", 6, 3);

        Assert.Equal(new FreezeOutcome.Frozen(2), await _scenario.Packs.FreezeAsync(_secretariat, _scenario.ConferenceId, PackAudience.Public, Token));

        var versions = await _scenario.Packs.ListAsync(_scenario.ConferenceId, Token);
        Assert.Equal([(2, PackAudience.Public), (1, PackAudience.Committee)], versions.Select(v => (v.Number, v.Audience)));
        Assert.All(versions, v => Assert.Equal((SmallPlanScenario.June30, "Test Secretariat"), (v.CutoffDate, v.FrozenBy)));
        Assert.Equal(ConferenceReportScenario.Now.UtcDateTime, versions[0].FrozenAtUtc);
        Assert.Equal(17, CasesOf(await OpenAsync(1)));
        Assert.Equal(20, CasesOf(await OpenAsync(2)));
    }

    [Fact]
    public async Task ARoleThatMayNotPrepareTheConferenceIsRefusedStoresNothingAndIsAudited()
    {
        var member = await _scenario.AccountAsync(SteeringRole.CommitteeMember);

        Assert.IsType<FreezeOutcome.Forbidden>(await _scenario.Packs.FreezeAsync(member, _scenario.ConferenceId, PackAudience.Public, Token));

        Assert.Empty(await _scenario.Packs.ListAsync(_scenario.ConferenceId, Token));
        await using var db = _scenario.Database.CreateDbContext();
        var denial = await db.AuditEntries.SingleAsync(Token);
        Assert.Equal((AuditEvent.AccessDenied, member.UserId), (denial.Event, denial.UserId));
    }

    [Fact]
    public async Task AnUnknownConferenceOrVersionIsNotFound()
    {
        Assert.IsType<FreezeOutcome.NotFound>(await _scenario.Packs.FreezeAsync(_secretariat, 999, PackAudience.Public, Token));
        Assert.IsType<PackOpening.NotFound>(await _scenario.Packs.OpenAsync(_secretariat, _scenario.ConferenceId, 1, Token));
    }

    [Fact]
    public async Task EachAudiencesVersionStoresItsFiguresDisclosedForItAndNothingElse()
    {
        await MakeCasesSensitiveAsync();

        await _scenario.Packs.FreezeAsync(_secretariat, _scenario.ConferenceId, PackAudience.Committee, Token);
        await _scenario.Packs.FreezeAsync(_secretariat, _scenario.ConferenceId, PackAudience.Public, Token);

        // A1's 2 cases of June are exact for the committee; for the public they read "< 5" and the city total adding them is withheld.
        var committee = await OpenAsync(1);
        Assert.Equal(DisclosedFigure.Exact(2), committee.Figures.Units[UnitIdOf(committee, "A1")]["CASES"]);
        Assert.Equal(DisclosedFigure.Exact(17), committee.Figures.Totals["CASES"]);
        var wider = await OpenAsync(2);
        Assert.Equal(DisclosedFigure.BelowThreshold, wider.Figures.Units[UnitIdOf(wider, "A1")]["CASES"]);
        Assert.Equal(DisclosedFigure.Exact(15), wider.Figures.Units[UnitIdOf(wider, "U1")]["CASES"]);
        Assert.Equal(DisclosedFigure.Withheld, wider.Figures.Totals["CASES"]);
        Assert.True(wider.Figures.HasHiddenFigures);

        // The stored report keeps which figures exist but none of their sums.
        await using var db = _scenario.Database.CreateDbContext();
        foreach (var stored in await db.PackVersions.Select(p => p.ContentJson).ToListAsync(Token))
        {
            var content = ConferenceReportContent.FromJson(stored);
            Assert.All(content.Districts.Concat(content.Agencies).SelectMany(u => u.Figures.Values), sum => Assert.Equal(FigureSum.None, sum));
            Assert.Equal(FigureSum.None, content.Programmes.SelectMany(p => p.Figures).Single(f => f.Code == "CASES").Value);
        }
    }

    [Theory]
    [InlineData(SteeringRole.CommitteeMember)]
    [InlineData(SteeringRole.StandingAgency)]
    [InlineData(SteeringRole.Secretariat)]
    public async Task TheCommitteesVersionOpensTheSameForEveryRoleThatMayOpenIt(SteeringRole role)
    {
        await MakeCasesSensitiveAsync();
        await _scenario.Packs.FreezeAsync(_secretariat, _scenario.ConferenceId, PackAudience.Committee, Token);
        var reader = await _scenario.AccountAsync(role);

        var opened = Assert.IsType<PackOpening.Opened>(await _scenario.Packs.OpenAsync(reader, _scenario.ConferenceId, 1, Token)).Pack;

        Assert.Equal((await OpenAsync(1)).Figures.ToJson(), opened.Figures.ToJson());
        Assert.Equal(DisclosedFigure.Exact(2), opened.Figures.Units[UnitIdOf(opened, "A1")]["CASES"]);
    }

    [Theory]
    [InlineData(SteeringRole.UnitReporter)]
    [InlineData(SteeringRole.Administrator)]
    public async Task AReaderWhoMayNotSeeExactFiguresIsRefusedTheCommitteesVersionAndAuditedButOpensThePublicOne(SteeringRole role)
    {
        await _scenario.Packs.FreezeAsync(_secretariat, _scenario.ConferenceId, PackAudience.Committee, Token);
        await _scenario.Packs.FreezeAsync(_secretariat, _scenario.ConferenceId, PackAudience.Public, Token);
        var reader = await _scenario.AccountAsync(role);

        var refused = Assert.IsType<PackOpening.Forbidden>(await _scenario.Packs.OpenAsync(reader, _scenario.ConferenceId, 1, Token));
        Assert.Equal((1, PackAudience.Committee), (refused.Version.Number, refused.Version.Audience));
        Assert.IsType<PackOpening.Opened>(await _scenario.Packs.OpenAsync(reader, _scenario.ConferenceId, 2, Token));

        await using var db = _scenario.Database.CreateDbContext();
        var denial = await db.AuditEntries.SingleAsync(Token);
        Assert.Equal(
            (AuditEvent.AccessDenied, reader.UserId, $"conference {_scenario.ConferenceId} pack version 1", "10.0.0.7"),
            (denial.Event, denial.UserId, denial.Target, denial.Address));
    }

    [Fact]
    public async Task AVersionFrozenBeforeVersionsHadAnAudienceReadsAsThePublicOne()
    {
        await MakeCasesSensitiveAsync();
        await _scenario.Packs.FreezeAsync(_secretariat, _scenario.ConferenceId, PackAudience.Committee, Token);
        var compiled = (await _scenario.Review.CompileAsync(_scenario.ConferenceId, Token))!;
        await using (var db = _scenario.Database.CreateDbContext())
        {
            await db.PackVersions.ExecuteUpdateAsync(
                s => s.SetProperty(p => p.Audience, PackAudience.Public).SetProperty(p => p.FiguresJson, (string?)null).SetProperty(p => p.ContentJson, compiled.ToJson()),
                Token);
        }

        var older = await OpenAsync(1);

        Assert.Equal(DisclosedFigure.BelowThreshold, older.Figures.Units[UnitIdOf(older, "A1")]["CASES"]);
        Assert.Equal(DisclosedFigure.Withheld, older.Figures.Totals["CASES"]);
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
        ProposedAtUtc = ConferenceReportScenario.Now.UtcDateTime,
        ProposedBy = "test",
        UpdatedAtUtc = ConferenceReportScenario.Now.UtcDateTime,
        Version = Guid.NewGuid(),
    };

    private static long? CasesOf(FrozenPack pack) => pack.Figures.Totals["CASES"].Value;

    private static int UnitIdOf(FrozenPack pack, string code) =>
        pack.Content.Districts.Concat(pack.Content.Agencies).Single(u => u.Code == code).UnitId;

    private async Task<FrozenPack> OpenAsync(int number) =>
        Assert.IsType<PackOpening.Opened>(await _scenario.Packs.OpenAsync(_secretariat, _scenario.ConferenceId, number, Token)).Pack;

    private async Task MakeCasesSensitiveAsync()
    {
        await using var db = _scenario.Database.CreateDbContext();
        await db.Indicators.Where(i => i.Code == "CASES").ExecuteUpdateAsync(s => s.SetProperty(i => i.IsSensitive, true), Token);
    }

    private async Task SaveSectionAsync(string key, string text, Guid? version = null) =>
        Assert.IsType<ConferenceReportSectionOutcome.Saved>(await _scenario.Sections.SaveAsync(_secretariat, _scenario.ConferenceId, key, text, version, Token));

    private async Task<Guid> SectionVersionAsync(string key) =>
        (await _scenario.Sections.ListAsync(_scenario.ConferenceId, Token))[key].Version;
}
