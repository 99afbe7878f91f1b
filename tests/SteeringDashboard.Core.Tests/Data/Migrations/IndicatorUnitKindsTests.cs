using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.Data.Migrations;

/// <summary>The migration that adds the indicators' unit kinds, run on a database seeded before it.</summary>
public sealed class IndicatorUnitKindsTests : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"steering-migration-{Guid.NewGuid():N}.db");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheSeededIndicatorsGetTheirUnitKindsAndAnIndicatorAddedByHandAppliesToEveryKind()
    {
        await using var db = new SteeringDbContext(new DbContextOptionsBuilder<SteeringDbContext>().UseSqlite($"Data Source={_path};Pooling=False").Options);
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var index = migrations.FindIndex(m => m.EndsWith("_IndicatorUnitKinds", StringComparison.Ordinal));
        await migrator.MigrateAsync(migrations[index - 1], Token);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO Programmes (Id, Code, NameVi, NameEn) VALUES (1, 3, 'Phòng, chống mua bán người', 'Human-trafficking prevention');
            INSERT INTO Indicators (Id, Code, NameVi, NameEn, ProgrammeId, "Group", SortOrder, IsSensitive, IsHeadline) VALUES
                (1, 'INT_CHINA_CASES', 'Vụ việc', 'Cases', 1, 4, 1, 0, 0),
                (2, 'VIC_RECEIVED', 'Nạn nhân', 'Victims', 1, 3, 2, 1, 1),
                (3, 'LOCAL_EXTRA', 'Chỉ tiêu thêm', 'Extra', 1, 1, 3, 0, 0);
            """,
            Token);

        await migrator.MigrateAsync(cancellationToken: Token);

        var kinds = await db.IndicatorUnitKinds.OrderBy(k => k.IndicatorId).ThenBy(k => k.Kind).Select(k => new { k.IndicatorId, k.Kind }).ToListAsync(Token);
        Assert.Equal([UnitKind.StandingAgency], kinds.Where(k => k.IndicatorId == 1).Select(k => k.Kind));
        Assert.Equal([UnitKind.UrbanDistrict, UnitKind.Town, UnitKind.RuralDistrict], kinds.Where(k => k.IndicatorId == 2).Select(k => k.Kind));
        Assert.DoesNotContain(kinds, k => k.IndicatorId == 3);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }
}
