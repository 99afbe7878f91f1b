using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Conferences;

public sealed class ReviewSectionServiceTests : IAsyncLifetime
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
    public async Task SavesTrimmedTextThatTheCompiledReportShows()
    {
        var outcome = await SaveAsync(ReviewSectionKeys.Directions, "  Tiếp tục đẩy mạnh tuyên truyền.  ", null);

        var saved = Assert.IsType<ReviewSectionOutcome.Saved>(outcome);
        var stored = await _scenario.Sections.ListAsync(_scenario.ConferenceId, Token);
        Assert.Equal(("Tiếp tục đẩy mạnh tuyên truyền.", saved.Version), stored[ReviewSectionKeys.Directions]);
        var content = (await _scenario.Review.CompileAsync(_scenario.ConferenceId, Token))!;
        Assert.Equal("Tiếp tục đẩy mạnh tuyên truyền.", content.Section(ReviewSectionKeys.Directions));
    }

    [Fact]
    public async Task ASaveFromAnOutdatedVersionIsAConflictAndKeepsTheNewerText()
    {
        var first = Assert.IsType<ReviewSectionOutcome.Saved>(await SaveAsync(ReviewSectionKeys.Introduction, "Bản A", null));
        await SaveAsync(ReviewSectionKeys.Introduction, "Bản B", first.Version);

        var outcome = await SaveAsync(ReviewSectionKeys.Introduction, "Bản C", first.Version);

        Assert.Equal(new ReviewSectionOutcome.Conflict("Bản B"), outcome);
        Assert.Equal("Bản B", (await _scenario.Sections.ListAsync(_scenario.ConferenceId, Token))[ReviewSectionKeys.Introduction].Text);
    }

    [Fact]
    public async Task ASecondFirstSaveOfTheSameSectionIsAConflict()
    {
        await SaveAsync(ReviewSectionKeys.Introduction, "Bản A", null);

        Assert.Equal(new ReviewSectionOutcome.Conflict("Bản A"), await SaveAsync(ReviewSectionKeys.Introduction, "Bản B", null));
    }

    [Fact]
    public async Task AnUnknownSectionOrTooLongATextIsRefusedAndStoresNothing()
    {
        Assert.Equal(new ReviewSectionOutcome.Invalid(ReviewSectionError.UnknownSection), await SaveAsync("footer", "x", null));
        Assert.Equal(
            new ReviewSectionOutcome.Invalid(ReviewSectionError.TooLong),
            await SaveAsync(ReviewSectionKeys.Introduction, new string('a', ReviewSection.TextMaxLength + 1), null));
        Assert.Empty(await _scenario.Sections.ListAsync(_scenario.ConferenceId, Token));
    }

    [Fact]
    public async Task AnUnknownConferenceIsNotFound() =>
        Assert.IsType<ReviewSectionOutcome.NotFound>(
            await _scenario.Sections.SaveAsync(_secretariat, 999, ReviewSectionKeys.Introduction, "x", null, Token));

    [Fact]
    public async Task AUnitReporterIsRefused()
    {
        var reporter = await _scenario.AccountAsync(SteeringRole.UnitReporter);

        Assert.IsType<ReviewSectionOutcome.Forbidden>(
            await _scenario.Sections.SaveAsync(reporter, _scenario.ConferenceId, ReviewSectionKeys.Introduction, "x", null, Token));
        Assert.Empty(await _scenario.Sections.ListAsync(_scenario.ConferenceId, Token));
    }

    private Task<ReviewSectionOutcome> SaveAsync(string key, string text, Guid? version) =>
        _scenario.Sections.SaveAsync(_secretariat, _scenario.ConferenceId, key, text, version, Token);
}
