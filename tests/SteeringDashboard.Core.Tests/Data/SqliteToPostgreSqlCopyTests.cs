using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Seed;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Data;

/// <summary>An installation's seeded SQLite database (demo data, accounts, audit) copied into a real, empty PostgreSQL database. It needs the server: PostgreSQL run only.</summary>
[Trait("Database", "PostgreSqlOnly")]
public sealed class SqliteToPostgreSqlCopyTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 12, 4, 23, 30, 0, DateTimeKind.Utc);

    private readonly EmptyPostgresDatabase _target = new("copy");
    private TestDatabase _source = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _target.InitializeAsync();
        _source = await TestDatabase.CreateSqliteAsync(seed: true, demoData: true);
        await using var db = _source.CreateDbContext();
        await DemoAccounts.AddAsync(db, Now, Cancellation);
        db.AuditEntries.Add(new AuditEntry { OccurredAtUtc = Now, Event = AuditEvent.SignInFailed, UserName = "someone", Address = "203.0.113.7" });
        await db.SaveChangesAsync(Cancellation);
    }

    [Fact]
    public async Task EveryTableArrivesWithTheSameRowsAndNewIdsContinueAfterTheCopiedOnes()
    {
        var copies = await Copy().RunAsync(Cancellation);

        Assert.All(copies, copy => Assert.True(copy.Matches, $"{copy.Table}: {copy.SourceRows} rows {copy.SourceChecksum} became {copy.TargetRows} rows {copy.TargetChecksum}"));
        await using var source = _source.CreateDbContext();
        Assert.Equal(source.Model.GetRelationalModel().Tables.Count(), copies.Count);
        foreach (var table in new[] { "assignments", "assignmenthistory", "auditentries", "aspnetusers", "indicatorvalues" })
        {
            Assert.True(Assert.Single(copies, c => c.Table == table).SourceRows > 0, $"{table} had no rows to copy: the test proves nothing for it.");
        }

        await using var target = Target();
        Assert.Equal(await source.AssignmentHistory.CountAsync(Cancellation), await target.AssignmentHistory.CountAsync(Cancellation));
        var lastAudit = await source.AuditEntries.MaxAsync(e => e.Id, Cancellation);
        var copiedAudit = await target.AuditEntries.SingleAsync(e => e.Id == lastAudit, Cancellation);
        Assert.Equal(("203.0.113.7", Now), (copiedAudit.Address, copiedAudit.OccurredAtUtc));
        var added = new AuditEntry { OccurredAtUtc = Now, Event = AuditEvent.SignedOut, UserName = "after the move" };
        target.AuditEntries.Add(added);
        await target.SaveChangesAsync(Cancellation);
        Assert.Equal(lastAudit + 1, added.Id);
    }

    [Fact]
    public async Task ATargetThatHoldsRowsIsRefusedAndLeftAsItWas()
    {
        await Copy().RunAsync(Cancellation);
        await using (var target = Target())
        {
            target.AuditEntries.Add(new AuditEntry { OccurredAtUtc = Now, Event = AuditEvent.SignedOut, UserName = "written after the copy" });
            await target.SaveChangesAsync(Cancellation);
        }

        var refusal = await Assert.ThrowsAsync<CopyRefusedException>(() => Copy().RunAsync(Cancellation));

        Assert.Contains("The PostgreSQL database is not empty", refusal.Message, StringComparison.Ordinal);
        await using var source = _source.CreateDbContext();
        await using var after = Target();
        Assert.Equal(await source.AuditEntries.CountAsync(Cancellation) + 1, await after.AuditEntries.CountAsync(Cancellation));
        Assert.Equal(await source.Assignments.CountAsync(Cancellation), await after.Assignments.CountAsync(Cancellation));
    }

    private SqliteToPostgreSqlCopy Copy() => new(_source.ConnectionString, _target.ConnectionString);

    private SteeringDbContext Target()
    {
        var options = new DbContextOptionsBuilder<SteeringDbContext>();
        options.UseSteeringDatabase(DatabaseProvider.PostgreSQL, _target.ConnectionString);
        return new(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        await _source.DisposeAsync();
        await _target.DisposeAsync();
    }
}
