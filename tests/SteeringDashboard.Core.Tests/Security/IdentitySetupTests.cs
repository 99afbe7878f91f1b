using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Tests.Security;

public sealed class IdentitySetupTests
{
    [Fact]
    public void NewPasswordHashesUsePbkdf2HmacSha512WithOwaspsIterationCount()
    {
        var collection = new ServiceCollection().AddLogging();
        collection.AddSteeringIdentityCore();
        using var services = collection.BuildServiceProvider();
        var hasher = services.GetRequiredService<IPasswordHasher<SteeringUser>>();

        var hash = Convert.FromBase64String(hasher.HashPassword(new SteeringUser { DisplayName = "x" }, "sông Hồng mùa thu 2018"));

        // Identity's v3 format: marker 0x01, then the PRF (2 = HMAC-SHA512) and the iteration count, big-endian.
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1, 4)));
        Assert.Equal(210_000u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)));
        Assert.Equal(210_000, IdentitySetup.PasswordHashIterations);
    }

    [Fact]
    public void TheAuthenticatorAppIsTheSecondFactorAndRequiredForTheRolesThatChangeOrAdministerMuch()
    {
        Assert.Equal(
            [SteeringRole.Secretariat, SteeringRole.StandingAgency, SteeringRole.Administrator],
            Enum.GetValues<SteeringRole>().Where(SecondFactor.IsRequiredFor));
    }
}
