using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Tests.Conferences;

public sealed class ConferenceReportSectionServiceTests : IAsyncLifetime
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
    public async Task SavesTrimmedTextThatTheCompiledReportShows()
    {
        var outcome = await SaveAsync(ConferenceReportSectionKeys.Directions, "  Tiếp tục đẩy mạnh tuyên truyền.  ", null);

        var saved = Assert.IsType<ConferenceReportSectionOutcome.Saved>(outcome);
        var stored = await _scenario.Sections.ListAsync(_scenario.ConferenceId, Token);
        Assert.Equal(("Tiếp tục đẩy mạnh tuyên truyền.", saved.Version), stored[ConferenceReportSectionKeys.Directions]);
        var content = (await _scenario.Review.CompileAsync(_scenario.ConferenceId, Token))!;
        Assert.Equal("Tiếp tục đẩy mạnh tuyên truyền.", content.Section(ConferenceReportSectionKeys.Directions));
    }

    [Fact]
    public async Task ASaveFromAnOutdatedVersionIsAConflictAndKeepsTheNewerText()
    {
        var first = Assert.IsType<ConferenceReportSectionOutcome.Saved>(await SaveAsync(ConferenceReportSectionKeys.Introduction, "Bản A", null));
        await SaveAsync(ConferenceReportSectionKeys.Introduction, "Bản B", first.Version);

        var outcome = await SaveAsync(ConferenceReportSectionKeys.Introduction, "Bản C", first.Version);

        Assert.Equal(new ConferenceReportSectionOutcome.Conflict("Bản B"), outcome);
        Assert.Equal("Bản B", (await _scenario.Sections.ListAsync(_scenario.ConferenceId, Token))[ConferenceReportSectionKeys.Introduction].Text);
    }

    [Fact]
    public async Task ASecondFirstSaveOfTheSameSectionIsAConflict()
    {
        await SaveAsync(ConferenceReportSectionKeys.Introduction, "Bản A", null);

        Assert.Equal(new ConferenceReportSectionOutcome.Conflict("Bản A"), await SaveAsync(ConferenceReportSectionKeys.Introduction, "Bản B", null));
    }

    [Fact]
    public async Task AnUnknownSectionOrTooLongATextIsRefusedAndStoresNothing()
    {
        Assert.Equal(new ConferenceReportSectionOutcome.Invalid(ConferenceReportSectionError.UnknownSection), await SaveAsync("footer", "x", null));
        Assert.Equal(
            new ConferenceReportSectionOutcome.Invalid(ConferenceReportSectionError.TooLong),
            await SaveAsync(ConferenceReportSectionKeys.Introduction, new string('a', ConferenceReportSection.TextMaxLength + 1), null));
        Assert.Empty(await _scenario.Sections.ListAsync(_scenario.ConferenceId, Token));
    }

    [Fact]
    public async Task AnUnknownConferenceIsNotFound() =>
        Assert.IsType<ConferenceReportSectionOutcome.NotFound>(
            await _scenario.Sections.SaveAsync(_secretariat, 999, ConferenceReportSectionKeys.Introduction, "x", null, Token));

    [Fact]
    public async Task AUnitReporterIsRefused()
    {
        var reporter = await _scenario.AccountAsync(SteeringRole.UnitReporter);

        Assert.IsType<ConferenceReportSectionOutcome.Forbidden>(
            await _scenario.Sections.SaveAsync(reporter, _scenario.ConferenceId, ConferenceReportSectionKeys.Introduction, "x", null, Token));
        Assert.Empty(await _scenario.Sections.ListAsync(_scenario.ConferenceId, Token));
    }

    private Task<ConferenceReportSectionOutcome> SaveAsync(string key, string text, Guid? version) =>
        _scenario.Sections.SaveAsync(_secretariat, _scenario.ConferenceId, key, text, version, Token);
}
