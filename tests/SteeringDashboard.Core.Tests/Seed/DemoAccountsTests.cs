using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Seed;

namespace SteeringDashboard.Core.Tests.Seed;

public sealed class DemoAccountsTests
{
    [Fact]
    public void EveryRoleHasADemoAccountAndThereIsAReporterForADistrictAndOneForAnAgency()
    {
        Assert.Equal(Enum.GetValues<SteeringRole>().Order(), DemoAccounts.All.Select(a => a.Role).Distinct().Order());
        var reporters = DemoAccounts.All.Where(a => a.Role == SteeringRole.UnitReporter).Select(a => a.UnitCode).ToList();
        Assert.Contains("BA-DINH", reporters);
        Assert.Contains("DOLISA", reporters);
        Assert.All(DemoAccounts.All.Where(a => a.Role != SteeringRole.UnitReporter), a => Assert.Null(a.UnitCode));
    }

    [Fact]
    public void EveryDemoPasswordPassesThePasswordPolicy()
    {
        Assert.All(DemoAccounts.All, account =>
        {
            Assert.InRange(account.Password.Length, PasswordPolicy.MinimumLength, PasswordPolicy.MaximumLength);
            Assert.Empty(PasswordPolicy.Check(account.Password, account.UserName));
        });
    }
}
