using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.Indicators;

/// <summary>
/// The small plan (CASES: U1 10/5/100 in May–July, A1 2 in June) plus a victim figure VICTIMS (group Victims, sensitive):
/// U1 3 in June and 7 in July, U2 6 in June, S 0 in June. Both are of the trafficking programme. The threshold is 5.
/// </summary>
public sealed class FigureTableQueriesTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private FigureTableQueries _queries = null!;
    private int _u1;
    private int _u2;
    private Dictionary<int, string> _codes = [];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await SmallPlanScenario.CreateAsync(_database);
        await using (var db = _database.CreateDbContext())
        {
            var units = await db.Units.ToDictionaryAsync(u => u.Code, Token);
            var victims = db.Indicators.Add(new Indicator
            {
                Code = "VICTIMS", NameVi = "Nạn nhân", NameEn = "Victims", Group = IndicatorGroup.Victims, IsSensitive = true,
                ProgrammeId = await db.Programmes.Where(p => p.Code == ProgrammeCode.TraffickingPrevention).Select(p => p.Id).SingleAsync(Token),
            }).Entity;
            foreach (var (unit, month, value) in new[] { ("U1", 6, 3), ("U1", 7, 7), ("U2", 6, 6), ("S", 6, 0) })
            {
                db.IndicatorValues.Add(new IndicatorValue { Indicator = victims, UnitId = units[unit].Id, Year = 2018, Month = month, Value = value, Version = Guid.NewGuid() });
            }

            await db.SaveChangesAsync(Token);
            _u1 = units["U1"].Id;
            _u2 = units["U2"].Id;
            _codes = units.Values.ToDictionary(u => u.Id, u => u.Code);
        }

        _queries = new FigureTableQueries(_database);
        _database.ResetCommandCount();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SumsEachIndicatorsMonthOverTheUnitsInTwoQueries()
    {
        var table = await _queries.LoadAsync(new FigureFilter(2018), 5, Token);

        Assert.Equal(2, _database.CommandCount);
        Assert.Equal(["CASES", "VICTIMS"], table.Indicators.Select(i => i.Code).Order());
        Assert.Equal(
            ["CASES 5: 10/1/", "CASES 6: 7/2/A1", "CASES 7: 100/1/", "VICTIMS 6: 9/3/U1", "VICTIMS 7: 7/1/"],
            Lines(table));
    }

    [Fact]
    public async Task RecordsTheUnitsOfTheSmallFiguresEachSumAddsUpWhoeverReadsIt()
    {
        var victims = await _queries.LoadAsync(new FigureFilter(2018, IndicatorCode: "VICTIMS"), 5, Token);
        var higherThreshold = await _queries.LoadAsync(new FigureFilter(2018, IndicatorCode: "VICTIMS"), 8, Token);

        Assert.Equal(["VICTIMS 6: 9/3/U1", "VICTIMS 7: 7/1/"], Lines(victims));
        Assert.Equal(["VICTIMS 6: 9/3/U1,U2", "VICTIMS 7: 7/1/U1"], Lines(higherThreshold));
    }

    [Fact]
    public async Task HonoursTheUnitKindUnitGroupAndMonthFilters()
    {
        var agencies = await _queries.LoadAsync(new FigureFilter(2018, Kind: UnitKind.MemberAgency), 5, Token);
        var urban = await _queries.LoadAsync(new FigureFilter(2018, Kind: UnitKind.UrbanDistrict, Group: IndicatorGroup.Victims), 5, Token);
        var oneUnit = await _queries.LoadAsync(new FigureFilter(2018, FromMonth: 7, ToMonth: 6, UnitCode: "U2"), 5, Token);
        var months = await _queries.LoadAsync(new FigureFilter(2018, FromMonth: 7, ToMonth: 12, UnitCode: "U1"), 5, Token);

        Assert.Equal(["CASES 6: 2/1/A1", "VICTIMS 6: 0/1/"], Lines(agencies));
        Assert.Equal(["VICTIMS 6: 3/1/U1", "VICTIMS 7: 7/1/"], Lines(urban));
        Assert.Equal(["VICTIMS 6: 6/1/"], Lines(oneUnit));
        Assert.Equal((6, 7), (oneUnit.Filter.FromMonth, oneUnit.Filter.ToMonth));
        Assert.Equal(["CASES 7: 100/1/", "VICTIMS 7: 7/1/"], Lines(months));
        Assert.Equal(["VICTIMS"], urban.Indicators.Select(i => i.Code));
    }

    [Fact]
    public async Task HonoursTheProgrammeFilter()
    {
        var trafficking = await _queries.LoadAsync(new FigureFilter(2018, Programme: ProgrammeCode.TraffickingPrevention), 5, Token);
        var drugs = await _queries.LoadAsync(new FigureFilter(2018, Programme: ProgrammeCode.DrugPrevention), 5, Token);

        Assert.Equal(
            ["CASES 5: 10/1/", "CASES 6: 7/2/A1", "CASES 7: 100/1/", "VICTIMS 6: 9/3/U1", "VICTIMS 7: 7/1/"],
            Lines(trafficking));
        Assert.Empty(drugs.Totals);
        Assert.Empty(drugs.Indicators);
    }

    [Fact]
    public async Task TheFilterOptionsListTheYearsWithTheirLastMonth()
    {
        var options = await _queries.LoadOptionsAsync(Token);

        Assert.Equal(new Dictionary<int, int> { [2018] = 7 }, options.LastMonthByYear);
        Assert.Equal(["U1", "U2", "A1", "S"], options.Units.Select(u => u.Code));
        Assert.Equal(2, options.Indicators.Count);
    }

    private List<string> Lines(FigureTableData table)
    {
        var codes = table.Indicators.ToDictionary(i => i.Id, i => i.Code);
        return
        [
            .. table.Totals
                .Select(t => $"{codes[t.IndicatorId]} {t.Month}: {t.Total.Value}/{t.Total.Figures}/{string.Join(',', t.Total.SmallFigureUnits!.Select(u => _codes[u]))}")
                .Order(StringComparer.Ordinal),
        ];
    }
}
