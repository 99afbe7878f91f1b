using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.Units;

/// <summary>A unit's contact kept by those who chase reports, on the small plan's unit U1 (no contact on file at first).</summary>
public sealed class UnitContactServiceTests : IAsyncLifetime
{
    private static readonly UnitContact Wanted = new("  Nguyễn Thị Lan ", "024 3942 4224", "lan@example.vn");
    private TestDatabase _database = null!;
    private UnitContactService _service = null!;
    private int _unit;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await SmallPlanScenario.CreateAsync(_database);
        _unit = await _database.UnitIdAsync("U1");
        var clock = new FixedClock(new DateTimeOffset(2018, 7, 10, 3, 0, 0, TimeSpan.Zero));
        _service = new UnitContactService(_database, _database.Guard(clock));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<Caller> CallerAsync(SteeringRole role, int? unitId = null) =>
        new((await TestAccounts.CreateAsync(_database, role, unitId)).UserId);

    [Theory]
    [InlineData(SteeringRole.StandingAgency)]
    [InlineData(SteeringRole.Secretariat)]
    public async Task WhoChasesReportsStoresTheContactTrimmed(SteeringRole role)
    {
        var outcome = await _service.UpdateAsync(await CallerAsync(role), _unit, UnitContact.None, Wanted, Token);

        Assert.Equal(new UnitContact("Nguyễn Thị Lan", "024 3942 4224", "lan@example.vn"), Assert.IsType<ContactOutcome.Saved>(outcome).Contact);
        Assert.Equal(new UnitContact("Nguyễn Thị Lan", "024 3942 4224", "lan@example.vn"), await _service.LoadAsync(_unit, Token));
    }

    [Fact]
    public async Task AUnitReporterAndACommitteeMemberAreRefusedAuditedAndNothingChanges()
    {
        var reporter = await CallerAsync(SteeringRole.UnitReporter, _unit);
        var member = await CallerAsync(SteeringRole.CommitteeMember);

        Assert.IsType<ContactOutcome.Forbidden>(await _service.UpdateAsync(reporter, _unit, UnitContact.None, Wanted, Token));
        Assert.IsType<ContactOutcome.Forbidden>(await _service.UpdateAsync(member, _unit, UnitContact.None, Wanted, Token));

        Assert.Equal(UnitContact.None, await _service.LoadAsync(_unit, Token));
        await using var db = _database.CreateDbContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Event == AuditEvent.AccessDenied, Token));
    }

    [Theory]
    [InlineData("0912", null, UnitContactError.PhoneInvalid)]
    [InlineData("024-3942-4224 ext. 5", null, UnitContactError.PhoneInvalid)]
    [InlineData(null, "lan@", UnitContactError.EmailInvalid)]
    [InlineData(null, "lan example.vn", UnitContactError.EmailInvalid)]
    public async Task ABadPhoneOrEMailIsNamedAndNothingIsStored(string? phone, string? email, UnitContactError error)
    {
        var outcome = await _service.UpdateAsync(
            await CallerAsync(SteeringRole.StandingAgency), _unit, UnitContact.None, new UnitContact("Lan", phone, email), Token);

        Assert.Equal([error], Assert.IsType<ContactOutcome.Invalid>(outcome).Errors);
        Assert.Equal(UnitContact.None, await _service.LoadAsync(_unit, Token));
    }

    [Theory]
    [InlineData("+84 (24) 3942-4224")]
    [InlineData("0912.345.678")]
    public async Task PhonesWrittenTheVietnameseWayAreAccepted(string phone)
    {
        var outcome = await _service.UpdateAsync(
            await CallerAsync(SteeringRole.StandingAgency), _unit, UnitContact.None, new UnitContact(null, phone, null), Token);

        Assert.Equal(phone, Assert.IsType<ContactOutcome.Saved>(outcome).Contact.Phone);
    }

    [Fact]
    public async Task ASaveFromAnOutdatedReadIsAConflictThatShowsTheContactOnFileAndOverwritesNothing()
    {
        var agency = await CallerAsync(SteeringRole.StandingAgency);
        Assert.IsType<ContactOutcome.Saved>(await _service.UpdateAsync(agency, _unit, UnitContact.None, Wanted, Token));

        var outcome = await _service.UpdateAsync(
            await CallerAsync(SteeringRole.Secretariat), _unit, UnitContact.None, new UnitContact("Trần Văn Nam", null, null), Token);

        var onFile = new UnitContact("Nguyễn Thị Lan", "024 3942 4224", "lan@example.vn");
        Assert.Equal(onFile, Assert.IsType<ContactOutcome.Conflict>(outcome).Current);
        Assert.Equal(onFile, await _service.LoadAsync(_unit, Token));
    }
}
