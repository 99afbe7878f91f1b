using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Reports;

/// <summary>A reporter account of a unit, whom the standing agency contacts about its report.</summary>
public sealed record ReportContact(string DisplayName, string UserName, string? Email);

/// <summary>
/// A report a unit has yet to send as of the list's date: missing (nothing received and the due date is over) or returned
/// for correction and not resubmitted. <see cref="DaysOverdue"/> counts Ha Noi calendar days after the due date (0 while a
/// returned report is still within its due date). <see cref="UnitContact"/> is the unit's contact on file,
/// <see cref="Contacts"/> its reporter accounts.
/// </summary>
public sealed record ReminderRow(
    ReportColumn Report, UnitName Unit, ReportCellState State, int DaysOverdue, UnitContact UnitContact, IReadOnlyList<ReportContact> Contacts);

/// <summary>The units yet to report as of <see cref="AsOf"/>, for one report type or all (<see cref="ReportTypeId"/> null).</summary>
/// <param name="ReportTypes">Every report type of the plan, for the picker.</param>
public sealed record ReminderList(int PlanId, DateOnly AsOf, int? ReportTypeId, IReadOnlyList<ReportColumn> ReportTypes, IReadOnlyList<ReminderRow> Rows);

/// <summary>The reminder list: the matrix's two queries, and two more for the units' contacts and reporter accounts.</summary>
public sealed class ReminderQueries(IDbContextFactory<SteeringDbContext> factory, ReportMatrixQueries matrix)
{
    private static readonly string ReporterRoleId = RoleIds.Of(SteeringRole.UnitReporter);

    /// <summary>Ha Noi calendar days from the end of <paramref name="dueDate"/> to <paramref name="asOf"/>; 0 when the due date is not over.</summary>
    public static int DaysOverdue(DateOnly dueDate, DateOnly asOf) => Math.Max(0, asOf.DayNumber - dueDate.DayNumber);

    /// <param name="reportTypeId">Null for every report type of the plan.</param>
    public async Task<ReminderList> LoadAsync(int planId, DateOnly asOf, int? reportTypeId = null, CancellationToken cancellationToken = default)
    {
        var loaded = await matrix.LoadAsync(planId, asOf, cancellationToken: cancellationToken);
        var owing = (
            from column in loaded.Columns
            where reportTypeId is null || column.ReportTypeId == reportTypeId
            from row in loaded.Rows
            where row.Cells.TryGetValue(column.ReportTypeId, out var state) && state is ReportCellState.Missing or ReportCellState.Returned
            select (Column: column, row.Unit, State: row.Cells[column.ReportTypeId])).ToList();

        var unitIds = owing.Select(o => o.Unit.Id).Distinct().ToList();
        var contacts = new Dictionary<int, List<ReportContact>>();
        var unitContacts = new Dictionary<int, UnitContact>();
        if (unitIds.Count > 0)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            unitContacts = await db.Units.Where(u => unitIds.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => new UnitContact(u.ContactPerson, u.ContactPhone, u.ContactEmail), cancellationToken);
            var accounts = await db.Users
                .Where(u => u.UnitId != null && unitIds.Contains(u.UnitId.Value) && !u.IsDisabled
                    && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == ReporterRoleId))
                .OrderBy(u => u.DisplayName).ThenBy(u => u.UserName)
                .Select(u => new { UnitId = u.UnitId!.Value, u.DisplayName, u.UserName, u.Email })
                .ToListAsync(cancellationToken);
            contacts = accounts.GroupBy(a => a.UnitId)
                .ToDictionary(g => g.Key, g => g.Select(a => new ReportContact(a.DisplayName, a.UserName ?? string.Empty, a.Email)).ToList());
        }

        var rows = owing
            .Select(o => new ReminderRow(
                o.Column, o.Unit, o.State, DaysOverdue(o.Column.DueDate, asOf), unitContacts[o.Unit.Id], contacts.GetValueOrDefault(o.Unit.Id, [])))
            .ToList();
        return new ReminderList(planId, asOf, reportTypeId, loaded.Columns, rows);
    }
}
