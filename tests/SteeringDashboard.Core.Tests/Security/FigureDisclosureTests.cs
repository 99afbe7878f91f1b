using System.Text.Json;
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

        var line = disclosure.DiscloseLine(isSensitive: true, [(OwnUnit, 12), (OwnUnit, 3), (OwnUnit, null), (OwnUnit, 0)]);

        Assert.Equal([DisclosedFigure.Exact(12), DisclosedFigure.BelowThreshold, null, DisclosedFigure.Exact(0)], line.Cells);
        Assert.Equal(DisclosedFigure.Withheld, line.Total);
    }

    [Fact]
    public void ATotalOfFiguresAllShownIsShownEvenWhenItIsSmall()
    {
        var reporter = new FigureDisclosure(Reader(SteeringRole.UnitReporter), threshold: 5);

        var large = reporter.DiscloseLine(isSensitive: true, [(OwnUnit, 3), (OtherUnit, 0), (OtherUnit, 9)]);
        var small = reporter.DiscloseLine(isSensitive: true, [(OwnUnit, 3), (OtherUnit, 0)]);

        Assert.Equal(DisclosedFigure.Exact(12), large.Total);
        Assert.Equal([DisclosedFigure.Exact(3), DisclosedFigure.Exact(0)], small.Cells);
        Assert.Equal(DisclosedFigure.Exact(3), small.Total);
    }

    [Fact]
    public void AReporterSeesItsOwnUnitExactlyAndAnotherUnitsSmallFigureHiddenInOneLine()
    {
        var disclosure = new FigureDisclosure(Reader(SteeringRole.UnitReporter), threshold: 5);

        var line = disclosure.DiscloseLine(isSensitive: true, [(OwnUnit, 2), (OtherUnit, 2), (OtherUnit, 30)]);

        Assert.Equal([DisclosedFigure.Exact(2), DisclosedFigure.BelowThreshold, DisclosedFigure.Exact(30)], line.Cells);
        Assert.Equal(DisclosedFigure.Withheld, line.Total);
    }

    [Fact]
    public void ACommitteeMemberSeesEveryFigureAndTheTotal()
    {
        var disclosure = new FigureDisclosure(Reader(SteeringRole.CommitteeMember), threshold: 5);

        var line = disclosure.DiscloseLine(isSensitive: true, [(OwnUnit, 1), (OtherUnit, 2)]);

        Assert.Equal([DisclosedFigure.Exact(1), DisclosedFigure.Exact(2)], line.Cells);
        Assert.Equal(DisclosedFigure.Exact(3), line.Total);
    }

    [Fact]
    public void ALineThatIsNotSensitiveShowsEverything()
    {
        var disclosure = new FigureDisclosure(reader: null, threshold: 5);

        var line = disclosure.DiscloseLine(isSensitive: false, [(OwnUnit, 1), (OtherUnit, 2)]);

        Assert.Equal(DisclosedFigure.Exact(3), line.Total);
    }

    [Theory]
    [InlineData(SteeringRole.CommitteeMember, OtherUnit, true)]
    [InlineData(SteeringRole.StandingAgency, OtherUnit, true)]
    [InlineData(SteeringRole.UnitReporter, OwnUnit, true)]
    [InlineData(SteeringRole.UnitReporter, OtherUnit, false)]
    [InlineData(SteeringRole.Secretariat, OwnUnit, false)]
    [InlineData(SteeringRole.Administrator, OwnUnit, false)]
    public void ASumIsExactOnlyForReadersWhoSeeEveryFigureItAddsUp(SteeringRole role, int smallFigureUnit, bool exact)
    {
        var disclosure = new FigureDisclosure(Reader(role), threshold: 5);
        var sum = FigureSum.Of(OtherUnit, 40, 5).Plus(FigureSum.Of(smallFigureUnit, 3, 5));

        Assert.Equal(exact ? DisclosedFigure.Exact(43) : DisclosedFigure.Withheld, disclosure.Disclose(isSensitive: true, sum));
    }

    [Fact]
    public void ASumOfOneHiddenFigureReadsAsThatFigureAndALargeSumOfHiddenFiguresIsWithheldAllTheSame()
    {
        var disclosure = new FigureDisclosure(Reader(SteeringRole.Secretariat), threshold: 5);

        Assert.Equal(DisclosedFigure.BelowThreshold, disclosure.Disclose(isSensitive: true, FigureSum.Of(OwnUnit, 3, 5)));
        Assert.Equal(DisclosedFigure.Withheld, disclosure.Disclose(isSensitive: true, FigureSum.Of(OwnUnit, 4, 5).Plus(FigureSum.Of(OtherUnit, 4, 5))));
        Assert.Equal(DisclosedFigure.Exact(45), disclosure.Disclose(isSensitive: true, FigureSum.Of(OwnUnit, 40, 5).Plus(FigureSum.Of(OtherUnit, 5, 5))));
        Assert.Equal(DisclosedFigure.Exact(0), disclosure.Disclose(isSensitive: true, FigureSum.None));
        Assert.Equal(DisclosedFigure.Exact(7), disclosure.Disclose(isSensitive: false, FigureSum.Of(OwnUnit, 3, 5).Plus(FigureSum.Of(OtherUnit, 4, 5))));
    }

    [Fact]
    public void AReportedFigureHidesWhereTheMonthsItStandsForHide()
    {
        var disclosure = new FigureDisclosure(Reader(SteeringRole.Secretariat), threshold: 5);
        var months = FigureSum.Of(OwnUnit, 3, 5).Plus(FigureSum.Of(OwnUnit, 9, 5));

        Assert.Equal(DisclosedFigure.Withheld, disclosure.Disclose(isSensitive: true, FigureSum.Of(OwnUnit, 12, 5).Reported(months, 2)));
        Assert.Equal(DisclosedFigure.Exact(9), disclosure.Disclose(isSensitive: true, FigureSum.Of(OwnUnit, 9, 5).Reported(FigureSum.Of(OwnUnit, 9, 5), 1)));
        Assert.Equal(DisclosedFigure.BelowThreshold, disclosure.Disclose(isSensitive: true, FigureSum.Of(OwnUnit, 3, 5).Reported(FigureSum.Of(OwnUnit, 3, 5), 1)));
        Assert.Equal(DisclosedFigure.Withheld, disclosure.Disclose(isSensitive: true, FigureSum.Of(OwnUnit, 7, 5).Reported(FigureSum.Of(OwnUnit, 3, 5), 1)));
    }

    [Fact]
    public void ASumStoredWithItsSmallUnitsReadsBackTheSame()
    {
        var sum = FigureSum.Of(OwnUnit, 3, 5).Plus(FigureSum.Of(OtherUnit, 40, 5));

        var json = JsonSerializer.Serialize(sum);

        Assert.Equal("""{"value":43,"figures":2,"smallFigureUnits":[7]}""", json);
        Assert.Equal(sum, JsonSerializer.Deserialize<FigureSum>(json));
    }

    [Fact]
    public void ANumberFrozenBeforeSmallUnitsWereRecordedIsExactOnlyForReadersOfEveryUnit()
    {
        var frozen = JsonSerializer.Deserialize<FigureSum>("43")!;

        Assert.Equal(DisclosedFigure.Exact(43), new FigureDisclosure(Reader(SteeringRole.CommitteeMember), 5).Disclose(isSensitive: true, frozen));
        Assert.Equal(DisclosedFigure.Withheld, new FigureDisclosure(Reader(SteeringRole.UnitReporter), 5).Disclose(isSensitive: true, frozen));
        Assert.Equal(DisclosedFigure.Withheld, new FigureDisclosure(Reader(SteeringRole.Secretariat), 5).Disclose(isSensitive: true, frozen));
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
