using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.Units;

public sealed class UnitQueriesTests
{
    private static UnitProgress Unit(string code, UnitKind kind, double? progress) =>
        new() { Code = code, NameVi = code, NameEn = code, Kind = kind, AverageProgress = progress };

    [Fact]
    public void RanksAmongDistrictLevelUnitsOnlyWithTiesSharingARank()
    {
        var a = Unit("A", UnitKind.UrbanDistrict, 90);
        var b = Unit("B", UnitKind.RuralDistrict, 80);
        var c = Unit("C", UnitKind.Town, 80);
        var d = Unit("D", UnitKind.RuralDistrict, 70);
        var agency = Unit("X", UnitKind.MemberAgency, 100);
        UnitProgress[] all = [a, b, c, d, agency];

        Assert.Equal(new PeerRank(1, 4), UnitQueries.RankAmongPeers(a, all));
        Assert.Equal(new PeerRank(2, 4), UnitQueries.RankAmongPeers(b, all));
        Assert.Equal(new PeerRank(2, 4), UnitQueries.RankAmongPeers(c, all));
        Assert.Equal(new PeerRank(4, 4), UnitQueries.RankAmongPeers(d, all));
    }

    [Fact]
    public void TheStandingAgencyRanksAmongTheAgenciesAndUnitsWithoutAssignmentsRankLast()
    {
        var police = Unit("POLICE", UnitKind.StandingAgency, 50);
        var idle = Unit("IDLE", UnitKind.MemberAgency, null);
        var district = Unit("D", UnitKind.UrbanDistrict, 10);

        Assert.Equal(new PeerRank(1, 2), UnitQueries.RankAmongPeers(police, [police, idle, district]));
        Assert.Equal(new PeerRank(2, 2), UnitQueries.RankAmongPeers(idle, [police, idle, district]));
    }
}
