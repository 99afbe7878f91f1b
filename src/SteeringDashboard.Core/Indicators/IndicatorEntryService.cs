using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Indicators;

/// <summary>One unit's value of one indicator for one month, as entered; <paramref name="ExpectedVersion"/> is null for a month without a value yet.</summary>
/// <param name="Confirmed">The person confirmed a value far outside the unit's history (see <see cref="FigureRules.IsOutlier"/>).</param>
public sealed record FigureEntry(int IndicatorId, int UnitId, int Year, int Month, int Value, Guid? ExpectedVersion, bool Confirmed = false);

/// <summary>A stored value and the version to send back with the next change; <paramref name="UpdatedBy"/> is who saved it (null if not recorded).</summary>
public sealed record FigureSnapshot(int IndicatorId, int UnitId, int Year, int Month, int Value, Guid Version, DateTime UpdatedAtUtc, string? UpdatedBy = null);

public abstract record FigureEntryOutcome
{
    private FigureEntryOutcome()
    {
    }

    public sealed record Saved(FigureSnapshot Figure) : FigureEntryOutcome;

    /// <summary>The value equals the stored one: nothing was written.</summary>
    public sealed record Unchanged(FigureSnapshot Figure) : FigureEntryOutcome;

    public sealed record Forbidden : FigureEntryOutcome;

    public sealed record Invalid(IReadOnlyList<FigureError> Errors) : FigureEntryOutcome;

    /// <summary>Far above the unit's largest value of the previous 12 months: save again with Confirmed to keep it.</summary>
    public sealed record NeedsConfirmation(int PreviousMax) : FigureEntryOutcome;

    /// <summary>Someone saved the month since the entry's version was read; <paramref name="Current"/> is null if the value is gone.</summary>
    public sealed record Conflict(FigureSnapshot? Current) : FigureEntryOutcome;
}

/// <summary>
/// Saves a unit's monthly indicator values: checks the caller may record figures for the unit, validates, asks for
/// confirmation of outliers, refuses a save made from an outdated version, and writes in one transaction with a line of the
/// value's history (<see cref="IndicatorValueChange"/>).
/// </summary>
public sealed class IndicatorEntryService(
    IDbContextFactory<SteeringDbContext> factory,
    AccessGuard guard,
    ChangeNotifier notifier,
    TimeProvider clock)
{
    private DateOnly Today => HanoiTime.DateOf(clock.GetUtcNow().UtcDateTime);

    public async Task<FigureEntryOutcome> SaveAsync(FigureEntry entry, Caller caller, CancellationToken cancellationToken = default)
    {
        var target = $"figure {entry.IndicatorId.ToString(CultureInfo.InvariantCulture)}/{entry.UnitId.ToString(CultureInfo.InvariantCulture)}/"
            + $"{entry.Year.ToString(CultureInfo.InvariantCulture)}-{entry.Month.ToString("00", CultureInfo.InvariantCulture)}";
        var actor = await guard.AuthorizeAsync(caller, SteeringAction.RecordFigures, entry.UnitId, target, cancellationToken);
        if (actor is null)
        {
            return new FigureEntryOutcome.Forbidden();
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var errors = FigureRules.Validate(entry.Year, entry.Month, entry.Value, Today).ToList();
        if (!await db.Indicators.AnyAsync(i => i.Id == entry.IndicatorId, cancellationToken))
        {
            errors.Add(FigureError.UnknownIndicator);
        }

        if (!await db.Units.AnyAsync(u => u.Id == entry.UnitId, cancellationToken))
        {
            errors.Add(FigureError.UnknownUnit);
        }

        if (errors.Count > 0)
        {
            return new FigureEntryOutcome.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await db.IndicatorValues.SingleOrDefaultAsync(
            v => v.IndicatorId == entry.IndicatorId && v.UnitId == entry.UnitId && v.Year == entry.Year && v.Month == entry.Month,
            cancellationToken);
        if (stored?.Version != entry.ExpectedVersion)
        {
            return new FigureEntryOutcome.Conflict(stored is null ? null : Snapshot(stored));
        }

        if (stored is not null && stored.Value == entry.Value)
        {
            return new FigureEntryOutcome.Unchanged(Snapshot(stored));
        }

        if (!entry.Confirmed)
        {
            var previousMax = await PreviousMaxAsync(db, entry, cancellationToken);
            if (FigureRules.IsOutlier(entry.Value, previousMax))
            {
                return new FigureEntryOutcome.NeedsConfirmation(previousMax!.Value);
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.IndicatorValueChanges.Add(new IndicatorValueChange
        {
            IndicatorId = entry.IndicatorId, UnitId = entry.UnitId, Year = entry.Year, Month = entry.Month, OldValue = stored?.Value, NewValue = entry.Value,
            ChangedAtUtc = now, UserId = actor.UserId, ChangedBy = actor.DisplayName, Source = FigureChangeSource.Entry,
        });
        if (stored is null)
        {
            stored = db.IndicatorValues.Add(new IndicatorValue
            {
                IndicatorId = entry.IndicatorId,
                UnitId = entry.UnitId,
                Year = entry.Year,
                Month = entry.Month,
            }).Entity;
        }

        stored.Value = entry.Value;
        stored.UpdatedAtUtc = now;
        stored.UpdatedBy = actor.DisplayName;
        stored.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _ = notifier.Publish(new DataChange(ChangeKind.IndicatorFigures, 0, [entry.UnitId], now, actor.DisplayName));
        return new FigureEntryOutcome.Saved(Snapshot(stored));
    }

    /// <summary>The unit's largest value of the indicator in the 12 months before the entry's month, or null without history.</summary>
    private static Task<int?> PreviousMaxAsync(SteeringDbContext db, FigureEntry entry, CancellationToken cancellationToken)
    {
        var period = FigureRules.PeriodIndex(entry.Year, entry.Month);
        return db.IndicatorValues
            .Where(v => v.IndicatorId == entry.IndicatorId && v.UnitId == entry.UnitId
                && (v.Year * 12) + v.Month - 1 >= period - 12 && (v.Year * 12) + v.Month - 1 < period)
            .MaxAsync(v => (int?)v.Value, cancellationToken);
    }

    internal static FigureSnapshot Snapshot(IndicatorValue v) => new(v.IndicatorId, v.UnitId, v.Year, v.Month, v.Value, v.Version, v.UpdatedAtUtc, v.UpdatedBy);
}
