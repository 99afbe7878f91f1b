using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Conferences;

public sealed record ConferenceSummary(int Id, int PlanId, string PlanNumber, string Title, DateOnly Date, string Venue, int AgendaMinutes);

public sealed record UnitName(int Id, string NameVi, string NameEn);

public sealed record InviteeRow(int Id, string Name, string Position);

public sealed record ChecklistRow(int Id, string Text, string Owner, DateOnly? DueDate, bool Done);

/// <summary>A document attached to an agenda item, as its download link shows it.</summary>
public sealed record AgendaDocumentRow(long Id, string FileName, long SizeBytes);

/// <summary>An agenda item with the minutes the agenda has run when it ends (the running total) and its documents, oldest first.</summary>
public sealed record AgendaRow(
    int Id,
    int Position,
    string Title,
    UnitName? PresenterUnit,
    string? PresenterName,
    int DurationMinutes,
    int EndsAtMinute,
    IReadOnlyList<AgendaDocumentRow> Documents);

/// <summary>The version of each section as loaded; a write of a section goes with that section's version.</summary>
public sealed record ConferenceVersions(Guid Record, Guid Invitations, Guid Checklist, Guid Agenda)
{
    public Guid Of(ConferenceSection section) => section switch
    {
        ConferenceSection.Record => Record,
        ConferenceSection.Invitations => Invitations,
        ConferenceSection.Checklist => Checklist,
        _ => Agenda,
    };

    public ConferenceVersions With(ConferenceSection section, Guid version) => section switch
    {
        ConferenceSection.Record => this with { Record = version },
        ConferenceSection.Invitations => this with { Invitations = version },
        ConferenceSection.Checklist => this with { Checklist = version },
        _ => this with { Agenda = version },
    };
}

/// <summary>Everything the conference page shows, and the units to choose from; <see cref="Versions"/> go with the writes.</summary>
public sealed record ConferenceDetail(
    int Id,
    int PlanId,
    string PlanNumber,
    bool PlanHasDemoData,
    string Title,
    DateOnly Date,
    string Venue,
    string Chair,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly CutoffDate,
    DateTime UpdatedAtUtc,
    string UpdatedBy,
    ConferenceVersions Versions,
    IReadOnlyList<int> InvitedUnitIds,
    IReadOnlyList<InviteeRow> Invitees,
    IReadOnlyList<ChecklistRow> Checklist,
    IReadOnlyList<AgendaRow> Agenda,
    IReadOnlyList<UnitName> Units)
{
    public int TotalMinutes => Agenda.Count == 0 ? 0 : Agenda[^1].EndsAtMinute;
}

/// <summary>The conference list and the conference page, each in a fixed number of SQL queries.</summary>
public sealed class ConferenceQueries(IDbContextFactory<SteeringDbContext> factory)
{
    /// <summary>Every conference, latest first, with its agenda's total length summed in SQL (one query).</summary>
    public async Task<IReadOnlyList<ConferenceSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Conferences
            .OrderByDescending(c => c.Date).ThenBy(c => c.Id)
            .Select(c => new ConferenceSummary(
                c.Id,
                c.PlanId,
                c.Plan!.Number,
                c.Title,
                c.Date,
                c.Venue,
                db.AgendaItems.Where(i => i.ConferenceId == c.Id).Sum(i => (int?)i.DurationMinutes) ?? 0))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The conference with its invitations, checklist and agenda with its documents (seven queries), or null when it does not exist.</summary>
    public async Task<ConferenceDetail?> LoadAsync(int conferenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var conference = await db.Conferences
            .Where(c => c.Id == conferenceId)
            .Select(c => new { Conference = c, c.Plan!.Number, c.Plan.HasDemoData })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        if (conference is null)
        {
            return null;
        }

        var units = await db.Units.OrderBy(u => u.Kind).ThenBy(u => u.Id)
            .Select(u => new UnitName(u.Id, u.NameVi, u.NameEn)).ToListAsync(cancellationToken);
        var invited = await db.ConferenceInvitedUnits.Where(i => i.ConferenceId == conferenceId)
            .Select(i => i.UnitId).ToListAsync(cancellationToken);
        var invitees = await db.ConferenceInvitees.Where(i => i.ConferenceId == conferenceId).OrderBy(i => i.Id)
            .Select(i => new InviteeRow(i.Id, i.Name, i.Position)).ToListAsync(cancellationToken);
        var checklist = await db.ConferenceChecklistItems.Where(i => i.ConferenceId == conferenceId)
            .OrderBy(i => i.DueDate == null).ThenBy(i => i.DueDate).ThenBy(i => i.Id)
            .Select(i => new ChecklistRow(i.Id, i.Text, i.Owner, i.DueDate, i.Done)).ToListAsync(cancellationToken);
        var agenda = await db.AgendaItems.Where(i => i.ConferenceId == conferenceId).OrderBy(i => i.Position).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Position, i.Title, i.PresenterUnitId, i.PresenterName, i.DurationMinutes })
            .ToListAsync(cancellationToken);
        var documents = (await db.AgendaDocuments.Where(d => d.AgendaItem!.ConferenceId == conferenceId).OrderBy(d => d.Id)
                .Select(d => new { d.AgendaItemId, Row = new AgendaDocumentRow(d.Id, d.FileName, d.SizeBytes) })
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.AgendaItemId, d => d.Row);

        var unitsById = units.ToDictionary(u => u.Id);
        var elapsed = 0;
        var rows = agenda.Select(i =>
        {
            elapsed += i.DurationMinutes;
            return new AgendaRow(
                i.Id,
                i.Position,
                i.Title,
                i.PresenterUnitId is { } unitId ? unitsById[unitId] : null,
                i.PresenterName,
                i.DurationMinutes,
                elapsed,
                [.. documents[i.Id]]);
        }).ToList();
        var c = conference.Conference;
        return new ConferenceDetail(
            c.Id, c.PlanId, conference.Number, conference.HasDemoData, c.Title, c.Date, c.Venue, c.Chair, c.PeriodStart, c.PeriodEnd, c.CutoffDate,
            c.UpdatedAtUtc, c.UpdatedBy, new ConferenceVersions(c.RecordVersion, c.InvitationsVersion, c.ChecklistVersion, c.AgendaVersion), invited, invitees, checklist, rows, units);
    }
}
