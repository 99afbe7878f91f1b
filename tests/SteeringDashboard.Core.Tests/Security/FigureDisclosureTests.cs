using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Tests.Security;

public sealed class FigureDisclosureTests
{
    private const int OwnUnit = 7;
    private const int OtherUnit = 8;

    public static TheoryData<SteeringRole, int?, bool> ReadersOfASmallFigure => new()
    {
        { SteeringRole.CommitteeMember, OwnUnit, true },
        { SteeringRole.CommitteeMember, null, true },
        { SteeringRole.StandingAgency, OwnUnit, true },
        { SteeringRole.StandingAgency, null, true },
        { SteeringRole.UnitReporter, OwnUnit, true },
        { SteeringRole.UnitReporter, OtherUnit, false },
        { SteeringRole.UnitReporter, null, false },
        { SteeringRole.Secretariat, OwnUnit, false },
        { SteeringRole.Secretariat, null, false },
        { SteeringRole.Administrator, OwnUnit, false },
        { SteeringRole.Administrator, null, false },
    };

    [Theory]
    [MemberData(nameof(ReadersOfASmallFigure))]
    public void ASmallVictimFigureIsExactOnlyForReadersWhoMaySeeItForItsUnit(SteeringRole role, int? figureUnit, bool exact)
    {
        var disclosure = new FigureDisclosure(Reader(role), threshold: 5);

        var figure = disclosure.Disclose(isSensitive: true, figureUnit, 3);

        Assert.Equal(exact ? DisclosedFigure.Exact(3) : DisclosedFigure.BelowThreshold, figure);
        Assert.Equal(exact, disclosure.ShowsExactly(isSensitive: true, figureUnit, 3));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(120, true)]
    public void OnlyFiguresFromOneToBelowTheThresholdAreHidden(long value, bool exact)
    {
        var disclosure = new FigureDisclosure(Reader(SteeringRole.Secretariat), threshold: 5);

        var figure = disclosure.Disclose(isSensitive: true, OwnUnit, value);

        Assert.Equal(exact ? DisclosedFigure.Exact(value) : DisclosedFigure.BelowThreshold, figure);
    }

    [Fact]
    public void TheThresholdMovesTheEdge()
    {
        var disclosure = new FigureDisclosure(Reader(SteeringRole.Secretariat), threshold: 10);

        Assert.False(disclosure.ShowsExactly(isSensitive: true, OwnUnit, 9));
        Assert.True(disclosure.ShowsExactly(isSensitive: true, OwnUnit, 10));
    }

    [Fact]
    public void AThresholdOfOneHidesNothing()
    {
        var disclosure = new FigureDisclosure(reader: null, threshold: 1);

        Assert.True(disclosure.ShowsExactly(isSensitive: true, unitId: null, 1));
    }

    [Fact]
    public void NobodySignedInSeesNoSmallFigure()
    {
        var disclosure = new FigureDisclosure(reader: null, threshold: 5);

        Assert.Equal(DisclosedFigure.BelowThreshold, disclosure.Disclose(isSensitive: true, OwnUnit, 2));
        Assert.Equal(DisclosedFigure.BelowThreshold, disclosure.Disclose(isSensitive: true, unitId: null, 2));
    }

    [Fact]
    public void AFigureThatIsNotSensitiveIsAlwaysExact()
    {
        var disclosure = new FigureDisclosure(reader: null, threshold: 5);

        Assert.Equal(DisclosedFigure.Exact(2), disclosure.Disclose(isSensitive: false, OwnUnit, 2));
    }

    [Fact]
    public void AHiddenFigureCarriesNoNumber()
    {
        Assert.Null(DisclosedFigure.BelowThreshold.Value);
        Assert.Null(DisclosedFigure.Withheld.Value);
        Assert.True(default(DisclosedFigure).IsHidden);
    }

    [Fact]
    public void ATotalIsWithheldWhenOneOfItsFiguresIsHidden()
    {
        var disclosure = new FigureDisclosure(Reader(SteeringRole.Secretariat), threshold: 5);

        var line = disclosure.DiscloseLine(isSensitive: true, [(OwnUnit, 12), (OwnUnit, 3), (OwnUnit, null), (OwnUnit, 0)], OwnUnit);

        Assert.Equal([DisclosedFigure.Exact(12), DisclosedFigure.BelowThreshold, null, DisclosedFigure.Exact(0)], line.Cells);
        Assert.Equal(DisclosedFigure.Withheld, line.Total);
    }

    [Fact]
    public void ATotalOfFiguresAllShownIsShownUnlessItIsSmallItself()
    {
        var reporter = new FigureDisclosure(Reader(SteeringRole.UnitReporter), threshold: 5);

        var large = reporter.DiscloseLine(isSensitive: true, [(OwnUnit, 3), (OtherUnit, 0), (OtherUnit, 9)], totalUnitId: null);
        var small = reporter.DiscloseLine(isSensitive: true, [(OwnUnit, 3), (OtherUnit, 0)], totalUnitId: null);

        Assert.Equal(DisclosedFigure.Exact(12), large.Total);
        Assert.Equal([DisclosedFigure.Exact(3), DisclosedFigure.Exact(0)], small.Cells);
        Assert.Equal(DisclosedFigure.BelowThreshold, small.Total);
    }

    [Fact]
    public void AReporterSeesItsOwnUnitExactlyAndAnotherUnitsSmallFigureHiddenInOneLine()
    {
        var disclosure = new FigureDisclosure(Reader(SteeringRole.UnitReporter), threshold: 5);

        var line = disclosure.DiscloseLine(isSensitive: true, [(OwnUnit, 2), (OtherUnit, 2), (OtherUnit, 30)], totalUnitId: null);

        Assert.Equal([DisclosedFigure.Exact(2), DisclosedFigure.BelowThreshold, DisclosedFigure.Exact(30)], line.Cells);
        Assert.Equal(DisclosedFigure.Withheld, line.Total);
    }

    [Fact]
    public void ACommitteeMemberSeesEveryFigureAndTheTotal()
    {
        var disclosure = new FigureDisclosure(Reader(SteeringRole.CommitteeMember), threshold: 5);

        var line = disclosure.DiscloseLine(isSensitive: true, [(OwnUnit, 1), (OtherUnit, 2)], totalUnitId: null);

        Assert.Equal([DisclosedFigure.Exact(1), DisclosedFigure.Exact(2)], line.Cells);
        Assert.Equal(DisclosedFigure.Exact(3), line.Total);
    }

    [Fact]
    public void ALineThatIsNotSensitiveShowsEverything()
    {
        var disclosure = new FigureDisclosure(reader: null, threshold: 5);

        var line = disclosure.DiscloseLine(isSensitive: false, [(OwnUnit, 1), (OtherUnit, 2)], totalUnitId: null);

        Assert.Equal(DisclosedFigure.Exact(3), line.Total);
    }

    [Fact]
    public void AGroupsTotalIsWithheldWhenAnyGroupsTotalIsHiddenSoThatTheCityWideTotalCannotGiveItAway()
    {
        var disclosure = new FigureDisclosure(Reader(SteeringRole.Secretariat), threshold: 5);

        Assert.Equal(DisclosedFigure.Withheld, disclosure.DiscloseGroupTotal(isSensitive: true, 40, [40, 3, 20, 0]));
        Assert.Equal(DisclosedFigure.Withheld, disclosure.DiscloseGroupTotal(isSensitive: true, 3, [40, 3, 20, 0]));
        Assert.Equal(DisclosedFigure.Exact(40), disclosure.DiscloseGroupTotal(isSensitive: true, 40, [40, 5, 20, 0]));
    }

    [Fact]
    public void GroupTotalsAreExactForACommitteeMemberAndWhenNotSensitive()
    {
        var committee = new FigureDisclosure(Reader(SteeringRole.CommitteeMember), threshold: 5);
        var nobody = new FigureDisclosure(reader: null, threshold: 5);

        Assert.Equal(DisclosedFigure.Exact(3), committee.DiscloseGroupTotal(isSensitive: true, 3, [40, 3]));
        Assert.Equal(DisclosedFigure.Exact(40), nobody.DiscloseGroupTotal(isSensitive: false, 40, [40, 3]));
    }

    [Fact]
    public void TheThresholdIsReadFromThePrivacySection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Privacy:VictimThreshold"] = "10" }).Build();
        using var services = new ServiceCollection().AddFigureDisclosure(configuration).BuildServiceProvider();

        Assert.Equal(10, services.GetRequiredService<IOptions<PrivacyOptions>>().Value.VictimThreshold);
    }

    [Fact]
    public void TheThresholdIsFiveWhenNotConfigured()
    {
        using var services = new ServiceCollection().AddFigureDisclosure(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.Equal(5, services.GetRequiredService<IOptions<PrivacyOptions>>().Value.VictimThreshold);
    }

    [Fact]
    public void AThresholdBelowOneIsRefused()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Privacy:VictimThreshold"] = "0" }).Build();
        using var services = new ServiceCollection().AddFigureDisclosure(configuration).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PrivacyOptions>>().Value);
    }

    private static Actor Reader(SteeringRole role) =>
        new("user-1", "reader", "Reader", role, role == SteeringRole.UnitReporter ? OwnUnit : null);
}
