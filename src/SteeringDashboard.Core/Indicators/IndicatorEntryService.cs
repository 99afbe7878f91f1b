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

    /// <summary>The value could be saved, but another value of the same form could not: nothing of the form was written.</summary>
    public sealed record Held : FigureEntryOutcome;
}

/// <summary>
/// Saves a unit's monthly indicator values: checks the caller may record figures for the unit, validates, asks for
/// confirmation of outliers, refuses a save made from an outdated version, and writes a form's values all or nothing in one
/// transaction, each with a line of the value's history (<see cref="IndicatorValueChange"/>).
/// </summary>
public sealed class IndicatorEntryService(
    IDbContextFactory<SteeringDbContext> factory,
    AccessGuard guard,
    ChangeNotifier notifier,
    TimeProvider clock,
    SaveConflicts conflicts)
{
    private DateOnly Today => HanoiTime.DateOf(clock.GetUtcNow().UtcDateTime);

    public async Task<FigureEntryOutcome> SaveAsync(FigureEntry entry, Caller caller, CancellationToken cancellationToken = default) =>
        (await SaveAllAsync([entry], caller, cancellationToken))[0];

    /// <summary>
    /// Saves the values of one form all or nothing, in one transaction: when any needs confirmation, is invalid or meets a
    /// conflict, nothing is written, that value says why and each value that would have been saved is
    /// <see cref="FigureEntryOutcome.Held"/>. The outcomes are in the order of <paramref name="entries"/>.
    /// </summary>
    public async Task<IReadOnlyList<FigureEntryOutcome>> SaveAllAsync(
        IReadOnlyList<FigureEntry> entries, Caller caller, CancellationToken cancellationToken = default)
    {
        Actor? actor = null;
        foreach (var entry in entries)
        {
            var target = $"figure {entry.IndicatorId.ToString(CultureInfo.InvariantCulture)}/{entry.UnitId.ToString(CultureInfo.InvariantCulture)}/"
                + $"{entry.Year.ToString(CultureInfo.InvariantCulture)}-{entry.Month.ToString("00", CultureInfo.InvariantCulture)}";
            actor = await guard.AuthorizeAsync(caller, SteeringAction.RecordFigures, entry.UnitId, target, cancellationToken);
            if (actor is null)
            {
                return [.. entries.Select(_ => (FigureEntryOutcome)new FigureEntryOutcome.Forbidden())];
            }
        }

        if (actor is null)
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var indicatorIds = entries.Select(e => e.IndicatorId).Distinct().ToList();
        var unitIds = entries.Select(e => e.UnitId).Distinct().ToList();
        var knownIndicators = (await db.Indicators.Where(i => indicatorIds.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken)).ToHashSet();
        var knownUnits = (await db.Units.Where(u => unitIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcomes = new FigureEntryOutcome?[entries.Count];
        var stored = new IndicatorValue?[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var errors = FigureRules.Validate(entry.Year, entry.Month, entry.Value, Today).ToList();
            if (!knownIndicators.Contains(entry.IndicatorId))
            {
                errors.Add(FigureError.UnknownIndicator);
            }

            if (!knownUnits.Contains(entry.UnitId))
            {
                errors.Add(FigureError.UnknownUnit);
            }

            if (errors.Count > 0)
            {
                outcomes[i] = new FigureEntryOutcome.Invalid(errors);
                continue;
            }

            stored[i] = await db.IndicatorValues.SingleOrDefaultAsync(
                v => v.IndicatorId == entry.IndicatorId && v.UnitId == entry.UnitId && v.Year == entry.Year && v.Month == entry.Month,
                cancellationToken);
            if (stored[i]?.Version != entry.ExpectedVersion)
            {
                outcomes[i] = new FigureEntryOutcome.Conflict(stored[i] is { } current ? Snapshot(current) : null);
            }
            else if (stored[i] is { } same && same.Value == entry.Value)
            {
                outcomes[i] = new FigureEntryOutcome.Unchanged(Snapshot(same));
            }
            else if (!entry.Confirmed && await PreviousMaxAsync(db, entry, cancellationToken) is { } previousMax && FigureRules.IsOutlier(entry.Value, previousMax))
            {
                outcomes[i] = new FigureEntryOutcome.NeedsConfirmation(previousMax);
            }
        }

        if (outcomes.Any(o => o is not null and not FigureEntryOutcome.Unchanged))
        {
            if (outcomes.Any(o => o is FigureEntryOutcome.Conflict))
            {
                conflicts.Record(ChangeKind.IndicatorFigures);
            }

            return [.. outcomes.Select(o => o ?? new FigureEntryOutcome.Held())];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < entries.Count; i++)
        {
            if (outcomes[i] is not null)
            {
                continue;
            }

            var entry = entries[i];
            db.IndicatorValueChanges.Add(new IndicatorValueChange
            {
                IndicatorId = entry.IndicatorId, UnitId = entry.UnitId, Year = entry.Year, Month = entry.Month, OldValue = stored[i]?.Value, NewValue = entry.Value,
                ChangedAtUtc = now, UserId = actor.UserId, ChangedBy = actor.DisplayName, Source = FigureChangeSource.Entry,
            });
            var value = stored[i] ?? db.IndicatorValues.Add(new IndicatorValue
            {
                IndicatorId = entry.IndicatorId,
                UnitId = entry.UnitId,
                Year = entry.Year,
                Month = entry.Month,
            }).Entity;
            value.Value = entry.Value;
            value.UpdatedAtUtc = now;
            value.UpdatedBy = actor.DisplayName;
            value.Version = Guid.NewGuid();
            stored[i] = value;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var saved = Enumerable.Range(0, entries.Count).Where(i => outcomes[i] is null).ToList();
        if (saved.Count > 0)
        {
            _ = notifier.Publish(new DataChange(ChangeKind.IndicatorFigures, 0, [.. saved.Select(i => entries[i].UnitId).Distinct()], now, actor.DisplayName));
        }

        return [.. outcomes.Select((o, i) => o ?? new FigureEntryOutcome.Saved(Snapshot(stored[i]!)))];
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
