using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Seed;
using SteeringDashboard.Core.Tests.TestSupport;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.Seed;

public sealed class DemoContactsTests
{
    [Fact]
    public async Task EveryDemoUnitButOneHasAValidContactAtTheReservedDomainTheSameOnEveryStart()
    {
        await using var first = await TestDatabase.CreateAsync(seed: true, demoData: true);
        await using var second = await TestDatabase.CreateAsync(seed: true, demoData: true);

        var contacts = await ContactsAsync(first);

        Assert.Equal(contacts, await ContactsAsync(second));
        Assert.True(contacts[DemoContacts.UnitWithoutContact].IsEmpty);
        var others = contacts.Where(c => c.Key != DemoContacts.UnitWithoutContact).Select(c => c.Value).ToList();
        Assert.True(others.Count >= 30);
        Assert.All(others, c =>
        {
            Assert.NotNull(c.Person);
            Assert.Empty(c.Errors());
            Assert.EndsWith("@bcd138.demo.invalid", c.Email);
        });
    }

    private static async Task<Dictionary<string, UnitContact>> ContactsAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return await db.Units.ToDictionaryAsync(
            u => u.Code, u => new UnitContact(u.ContactPerson, u.ContactPhone, u.ContactEmail), TestContext.Current.CancellationToken);
    }
}
