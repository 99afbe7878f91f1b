using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Units;

public abstract record ContactOutcome
{
    private ContactOutcome()
    {
    }

    public sealed record Saved(UnitContact Contact) : ContactOutcome;

    /// <summary>Nothing was stored; each error names a rule the contact broke.</summary>
    public sealed record Invalid(IReadOnlyList<UnitContactError> Errors) : ContactOutcome;

    /// <summary>Someone changed the contact since the editor read it: nothing was stored, and this is the contact on file now.</summary>
    public sealed record Conflict(UnitContact Current) : ContactOutcome;

    public sealed record NotFound : ContactOutcome;

    /// <summary>The caller may not keep contacts (or the account is disabled): nothing was stored, and the refusal is audited.</summary>
    public sealed record Forbidden : ContactOutcome;
}

/// <summary>
/// Keeps a unit's contact for its reports, for those who chase reports (the standing agency and the secretariat). The write
/// names the contact the editor read: if the one on file differs, someone saved first and nothing is overwritten.
/// </summary>
public sealed class UnitContactService(IDbContextFactory<SteeringDbContext> factory, AccessGuard guard)
{
    public async Task<UnitContact?> LoadAsync(int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Units.Where(u => u.Id == unitId)
            .Select(u => new UnitContact(u.ContactPerson, u.ContactPhone, u.ContactEmail))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<ContactOutcome> UpdateAsync(
        Caller caller, int unitId, UnitContact read, UnitContact wanted, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            return new ContactOutcome.NotFound();
        }

        var target = string.Create(CultureInfo.InvariantCulture, $"unit {unitId} contact");
        if (await guard.AuthorizeAsync(caller, SteeringAction.ChaseReports, unitId, target, cancellationToken) is null)
        {
            return new ContactOutcome.Forbidden();
        }

        var contact = wanted.Normalized();
        if (contact.Errors() is { Count: > 0 } errors)
        {
            return new ContactOutcome.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var unit = await db.Units.SingleAsync(u => u.Id == unitId, cancellationToken);
        var current = new UnitContact(unit.ContactPerson, unit.ContactPhone, unit.ContactEmail);
        if (current != read.Normalized())
        {
            return new ContactOutcome.Conflict(current);
        }

        (unit.ContactPerson, unit.ContactPhone, unit.ContactEmail) = (contact.Person, contact.Phone, contact.Email);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ContactOutcome.Saved(contact);
    }
}
