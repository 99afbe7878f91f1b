using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Indicators;

/// <summary>Imports into the small plan (units U1, U2, A1, S; indicator CASES with U1: 10, 5, 100 in May–July 2018), Ha Noi's clock at 10/08/2018.</summary>
public sealed class FigureImportTests : IAsyncLifetime
{
    private const string Header = "UnitCode,IndicatorCode,Year,Month,Value";
    private readonly FigureImportOptions _options = new();
    private TestDatabase _database = null!;
    private FigureImport _import = null!;
    private int _u1;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await SmallPlanScenario.CreateAsync(_database);
        _u1 = await _database.UnitIdAsync("U1");
        var clock = new FixedClock(new DateTimeOffset(2018, 8, 10, 3, 0, 0, TimeSpan.Zero));
        var guard = _database.Guard(clock);
        _import = new FigureImport(_database, guard, new ChangeNotifier(NullLogger<ChangeNotifier>.Instance), clock, _options);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData(FigureFileFormat.Csv)]
    [InlineData(FigureFileFormat.Xlsx)]
    public async Task AValidFileAppliesFully(FigureFileFormat format)
    {
        var file = File(format, Header, "# example row, ignored", "U1,CASES,2018,7,90", "U2,cases,2018,8,3", "A1,CASES,2017,12,0");

        var outcome = await ImportAsync(file, format, SteeringRole.StandingAgency, confirmedRows: 3);

        Assert.Equal(new FigureImportOutcome.Applied(Added: 2, Changed: 1, Unchanged: 0), outcome);
        Assert.Equal(["A1 2017-12 0", "A1 2018-6 2", "U1 2018-5 10", "U1 2018-6 5", "U1 2018-7 90", "U2 2018-8 3"], await StoredAsync());
    }

    [Theory]
    [InlineData(FigureFileFormat.Csv)]
    [InlineData(FigureFileFormat.Xlsx)]
    public async Task TheSameFileTwiceChangesNothingTheSecondTime(FigureFileFormat format)
    {
        var file = File(format, Header, "U1,CASES,2018,7,90", "U2,CASES,2018,8,3");
        Assert.IsType<FigureImportOutcome.Applied>(await ImportAsync(file, format, SteeringRole.StandingAgency, confirmedRows: 2));
        var before = await VersionsAsync();

        var outcome = await ImportAsync(file, format, SteeringRole.StandingAgency);

        Assert.Equal(new FigureImportOutcome.Applied(0, 0, 2), outcome);
        Assert.Equal(before, await VersionsAsync());
    }

    [Theory]
    [InlineData(FigureFileFormat.Csv)]
    [InlineData(FigureFileFormat.Xlsx)]
    public async Task OneBadRowAppliesNothingAndNamesItsRowAndColumn(FigureFileFormat format)
    {
        var before = await StoredAsync();
        var file = File(format, Header, "U2,CASES,2018,7,4", "U2,CASES,2018,8,2.5", "U2,CASES,2018,6,1");

        var outcome = await ImportAsync(file, format, SteeringRole.StandingAgency);

        Assert.Equal([new FigureRowError(3, "Value", FigureError.NotWholeNumber)], Assert.IsType<FigureImportOutcome.Invalid>(outcome).Errors);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task EveryRowIsValidatedAndEveryErrorListed()
    {
        var file = File(FigureFileFormat.Csv, Header,
            "X9,CASES,2018,7,1", "U2,NOPE,2018,7,1", "U2,CASES,2018,13,1", "U2,CASES,2018,9,1", "U2,CASES,year,7,-1", "U2,CASES,2018,7,1", "U2,CASES,2018,7,2");

        var outcome = await ImportAsync(file, FigureFileFormat.Csv, SteeringRole.StandingAgency);

        Assert.Equal(
            [
                new FigureRowError(2, "UnitCode", FigureError.UnknownUnit),
                new FigureRowError(3, "IndicatorCode", FigureError.UnknownIndicator),
                new FigureRowError(4, "Month", FigureError.MonthOutOfRange),
                new FigureRowError(5, "Year", FigureError.FutureMonth),
                new FigureRowError(6, "Year", FigureError.NotWholeNumber),
                new FigureRowError(6, "Value", FigureError.Negative),
                new FigureRowError(8, "Month", FigureError.DuplicateRow),
            ],
            Assert.IsType<FigureImportOutcome.Invalid>(outcome).Errors);
    }

    [Fact]
    public async Task AReporterImportsItsOwnUnitsRows()
    {
        var outcome = await ImportAsync(File(FigureFileFormat.Csv, Header, "U1,CASES,2018,8,4"), FigureFileFormat.Csv, SteeringRole.UnitReporter);

        Assert.Equal(new FigureImportOutcome.Applied(1, 0, 0), outcome);
    }

    [Fact]
    public async Task AReportersFileOfAnotherUnitOnlyIsRefusedNamingEveryRow()
    {
        var before = await StoredAsync();
        var file = File(FigureFileFormat.Csv, Header, "U2,CASES,2018,8,4", "A1,CASES,2018,8,1");

        var outcome = await ImportAsync(file, FigureFileFormat.Csv, SteeringRole.UnitReporter);

        Assert.Equal(
            [new FigureRowError(2, "UnitCode", FigureError.NotAllowedForUnit), new FigureRowError(3, "UnitCode", FigureError.NotAllowedForUnit)],
            Assert.IsType<FigureImportOutcome.Invalid>(outcome).Errors);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task AReportersRowOfAnotherUnitIsAnErrorAndNothingIsApplied()
    {
        var before = await StoredAsync();
        var file = File(FigureFileFormat.Csv, Header, "U1,CASES,2018,8,4", "U2,CASES,2018,8,4");

        var outcome = await ImportAsync(file, FigureFileFormat.Csv, SteeringRole.UnitReporter);

        Assert.Equal([new FigureRowError(3, "UnitCode", FigureError.NotAllowedForUnit)], Assert.IsType<FigureImportOutcome.Invalid>(outcome).Errors);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task ACommitteeMemberIsRefused()
    {
        var outcome = await ImportAsync(File(FigureFileFormat.Csv, Header, "U1,CASES,2018,8,4"), FigureFileFormat.Csv, SteeringRole.CommitteeMember);

        Assert.IsType<FigureImportOutcome.Forbidden>(outcome);
    }

    [Theory]
    [InlineData(FigureFileFormat.Csv)]
    [InlineData(FigureFileFormat.Xlsx)]
    public async Task TheCheckSaysWhatApplyingWouldDoAndWritesNothing(FigureFileFormat format)
    {
        var before = await VersionsAsync();
        var file = File(format, Header, "U1,CASES,2018,6,5", "U1,CASES,2018,7,12", "U2,CASES,2018,8,3");

        var outcome = await CheckAsync(file, format, SteeringRole.StandingAgency);

        var ready = Assert.IsType<FigureImportOutcome.Ready>(outcome);
        Assert.Equal((1, 1, 1), (ready.Added, ready.Changed, ready.Unchanged));
        Assert.Empty(ready.Outliers);
        Assert.Equal(before, await VersionsAsync());
    }

    [Fact]
    public async Task TheCheckListsRowsFarOutsideTheUnitsHistory()
    {
        // U1's largest value in the 12 months before August is 100 (July); A1's before July is 2 (June).
        var file = File(FigureFileFormat.Csv, Header, "U1,CASES,2018,8,300", "U1,CASES,2018,6,301", "A1,CASES,2018,7,12", "U2,CASES,2018,8,500");
        var ready = Assert.IsType<FigureImportOutcome.Ready>(await CheckAsync(file, FigureFileFormat.Csv, SteeringRole.StandingAgency));
        Assert.Equal(
            [(3, "U1", "CASES", 2018, 6, 301, 10), (4, "A1", "CASES", 2018, 7, 12, 2)],
            ready.Outliers.Select(o => (o.Row, o.Unit.Code, o.Indicator.Code, o.Year, o.Month, o.Value, o.PreviousMax)));
    }

    [Fact]
    public async Task AnUnconfirmedOutlierRowAppliesNothing()
    {
        var before = await VersionsAsync();
        var file = File(FigureFileFormat.Csv, Header, "U2,CASES,2018,8,3", "U1,CASES,2018,6,301", "A1,CASES,2018,7,12");

        var outcome = await ImportAsync(file, FigureFileFormat.Csv, SteeringRole.StandingAgency, confirmedRows: 3);

        Assert.Equal([4], Assert.IsType<FigureImportOutcome.NeedsConfirmation>(outcome).Outliers.Select(o => o.Row));
        Assert.Equal(before, await VersionsAsync());
    }

    [Fact]
    public async Task ConfirmedOutlierRowsAreAppliedWithTheRestOfTheFile()
    {
        var file = File(FigureFileFormat.Csv, Header, "U2,CASES,2018,8,3", "U1,CASES,2018,6,301", "A1,CASES,2018,7,12");

        var outcome = await ImportAsync(file, FigureFileFormat.Csv, SteeringRole.StandingAgency, confirmedRows: [3, 4]);

        Assert.Equal(new FigureImportOutcome.Applied(Added: 2, Changed: 1, Unchanged: 0), outcome);
        Assert.Equal(["A1 2018-6 2", "A1 2018-7 12", "U1 2018-5 10", "U1 2018-6 301", "U1 2018-7 100", "U2 2018-8 3"], await StoredAsync());
    }

    [Fact]
    public async Task AnAppliedFileKeepsTheOldAndNewValueOfEveryFigureItWritesInTheHistory()
    {
        await ImportAsync(File(FigureFileFormat.Csv, Header, "U1,CASES,2018,7,90", "U1,CASES,2018,6,5", "U2,CASES,2018,8,3"), FigureFileFormat.Csv, SteeringRole.StandingAgency, 2);

        await using var db = _database.CreateDbContext();
        var history = await db.IndicatorValueChanges.Join(db.Units, c => c.UnitId, u => u.Id, (c, u) => new { u.Code, c.Month, c.OldValue, c.NewValue, c.ChangedBy, c.Source })
            .OrderBy(c => c.Code).ToListAsync(Token);
        Assert.Equal(
            ["U1 7: 100 → 90 by Test StandingAgency (Import)", "U2 8:  → 3 by Test StandingAgency (Import)"],
            history.Select(c => $"{c.Code} {c.Month}: {c.OldValue} → {c.NewValue} by {c.ChangedBy} ({c.Source})"));
    }

    [Fact]
    public async Task AnImportedValueRecordsWhoImportedIt()
    {
        await ImportAsync(File(FigureFileFormat.Csv, Header, "U2,CASES,2018,8,3"), FigureFileFormat.Csv, SteeringRole.StandingAgency);

        await using var db = _database.CreateDbContext();
        var stored = await db.IndicatorValues.SingleAsync(v => v.Month == 8, Token);
        Assert.Equal("Test StandingAgency", stored.UpdatedBy);
    }

    [Theory]
    [InlineData(FigureFileFormat.Csv)]
    [InlineData(FigureFileFormat.Xlsx)]
    public async Task AMissingColumnIsNamed(FigureFileFormat format)
    {
        var outcome = await ImportAsync(File(format, "UnitCode,IndicatorCode,Year,Value", "U1,CASES,2018,4"), format, SteeringRole.StandingAgency);

        Assert.Equal(new FigureImportOutcome.FileRejected(FigureFileError.MissingColumns, ["Month"]), outcome, new RejectedComparer());
    }

    [Fact]
    public async Task AnUnexpectedColumnIsNamed()
    {
        var outcome = await ImportAsync(File(FigureFileFormat.Csv, Header + ",Note", "U1,CASES,2018,8,4,x"), FigureFileFormat.Csv, SteeringRole.StandingAgency);

        Assert.Equal(new FigureImportOutcome.FileRejected(FigureFileError.UnexpectedColumns, ["Note"]), outcome, new RejectedComparer());
    }

    public static TheoryData<string, byte[], FigureFileFormat, FigureFileError> MalformedFiles() => new()
    {
        { "empty CSV", [], FigureFileFormat.Csv, FigureFileError.Empty },
        { "empty XLSX", [], FigureFileFormat.Xlsx, FigureFileError.Empty },
        { "blank lines only", Encoding.UTF8.GetBytes("\n \n,,\n"), FigureFileFormat.Csv, FigureFileError.Empty },
        { "header only", Encoding.UTF8.GetBytes(Header + "\n"), FigureFileFormat.Csv, FigureFileError.Empty },
        { "random bytes as CSV", RandomBytes(), FigureFileFormat.Csv, FigureFileError.UnreadableText },
        { "random bytes as XLSX", RandomBytes(), FigureFileFormat.Xlsx, FigureFileError.NotASpreadsheet },
        { "a PDF named .xlsx", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"), FigureFileFormat.Xlsx, FigureFileError.NotASpreadsheet },
        { "a CSV named .xlsx", Encoding.UTF8.GetBytes(Header + "\nU1,CASES,2018,8,4\n"), FigureFileFormat.Xlsx, FigureFileError.NotASpreadsheet },
        { "a text file", Encoding.UTF8.GetBytes("Báo cáo tháng 8\nkhông phải bảng số liệu\n"), FigureFileFormat.Csv, FigureFileError.NoSeparator },
        { "a CSV file whose header names other columns", Encoding.UTF8.GetBytes("Đơn vị,Chỉ tiêu\nBa Đình,1\n"), FigureFileFormat.Csv, FigureFileError.MissingColumns },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task AMalformedFileGetsAClearErrorAndChangesNothing(string name, byte[] content, FigureFileFormat format, FigureFileError expected)
    {
        var before = await StoredAsync();

        var outcome = await ImportAsync(content, format, SteeringRole.StandingAgency);

        Assert.True(outcome is FigureImportOutcome.FileRejected r && r.Error == expected, $"{name}: {outcome}");
        Assert.Equal(before, await StoredAsync());
    }

    [Theory]
    [InlineData(FigureFileFormat.Csv)]
    [InlineData(FigureFileFormat.Xlsx)]
    public async Task AFileOverTheRowCapIsRefused(FigureFileFormat format)
    {
        _options.MaxRows = 3;
        var rows = Enumerable.Range(1, 4).Select(m => $"U2,CASES,2018,{m},1");

        var outcome = await ImportAsync(File(format, [Header, .. rows]), format, SteeringRole.StandingAgency);

        Assert.Equal(FigureFileError.TooManyRows, Assert.IsType<FigureImportOutcome.FileRejected>(outcome).Error);
    }

    [Fact]
    public async Task AFileOverTheByteCapIsRefused()
    {
        _options.MaxBytes = 1024;

        var outcome = await ImportAsync(Encoding.UTF8.GetBytes(Header + "\n" + new string('1', 2000)), FigureFileFormat.Csv, SteeringRole.StandingAgency);

        Assert.Equal(FigureFileError.TooLarge, Assert.IsType<FigureImportOutcome.FileRejected>(outcome).Error);
    }

    [Theory]
    [InlineData(FigureFileFormat.Csv)]
    [InlineData(FigureFileFormat.Xlsx)]
    public async Task TheTemplateImportsAsAnEmptyFileUntilRowsAreAdded(FigureFileFormat format)
    {
        var outcome = await ImportAsync(await TemplateAsync(format, SteeringRole.StandingAgency), format, SteeringRole.StandingAgency);

        Assert.Equal(FigureFileError.Empty, Assert.IsType<FigureImportOutcome.FileRejected>(outcome).Error);
    }

    [Fact]
    public async Task TheWorkbookTemplateHasARealExampleRowAndTheValidCodesOnASecondSheet()
    {
        var file = await TemplateAsync(FigureFileFormat.Xlsx, SteeringRole.StandingAgency);

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(file), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        Assert.Equal(["Số liệu (Figures)", "Mã (Codes)"], sheets.Select(s => s.Name!.Value));
        var rows = sheets.Select(s => ((DocumentFormat.OpenXml.Packaging.WorksheetPart)document.WorkbookPart.GetPartById(s.Id!))
            .Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList()).ToList()).ToList();
        Assert.Equal(["# U1", "CASES", "2018", "7", "12"], rows[0][2]);
        Assert.Equal(
            ["Chỉ tiêu / Indicator CASES", "Đơn vị / Unit A1", "Đơn vị / Unit S", "Đơn vị / Unit U1", "Đơn vị / Unit U2"],
            rows[1].Skip(1).Select(r => r[0] + " " + r[1]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AReportersTemplateListsOnlyItsOwnUnitAndEveryIndicator()
    {
        var csv = Encoding.UTF8.GetString(await TemplateAsync(FigureFileFormat.Csv, SteeringRole.UnitReporter));

        Assert.Contains("\r\n# U1,CASES,2018,7,12\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(
            ["# Đơn vị / Unit,U1", "# Chỉ tiêu / Indicator,CASES"],
            csv.Split("\r\n").Where(l => l.StartsWith("# Đơn vị", StringComparison.Ordinal) || l.StartsWith("# Chỉ tiêu", StringComparison.Ordinal)).Select(l => string.Join(',', l.Split(',').Take(2))));
    }

    [Fact]
    public async Task TheCheckListsEachNewAndChangedFigureWithItsStoredValue()
    {
        var file = File(FigureFileFormat.Csv, Header, "U1,CASES,2018,6,5", "U1,CASES,2018,7,12", "U2,CASES,2018,8,3");

        var ready = Assert.IsType<FigureImportOutcome.Ready>(await CheckAsync(file, FigureFileFormat.Csv, SteeringRole.StandingAgency));

        Assert.Equal([(3, "U1", 7, (int?)100, 12), (4, "U2", 8, null, 3)], ready.Changes.Select(c => (c.Row, c.Unit.Code, c.Month, c.Old, c.New)));
    }

    [Fact]
    public async Task ASemicolonFileSavedByVietnameseExcelIsReadWithVietnameseNumbers()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Encoding.GetEncoding(1258).GetBytes("UnitCode;IndicatorCode;Year;Month;Value\r\nU2;CASES;2018;8;1.234\r\nA1;CASES;2018;7;1,5\r\n");

        var outcome = await CheckAsync(file, FigureFileFormat.Csv, SteeringRole.StandingAgency);

        Assert.Equal([new FigureRowError(3, "Value", FigureError.NotWholeNumber)], Assert.IsType<FigureImportOutcome.Invalid>(outcome).Errors);
    }

    private async Task<byte[]> TemplateAsync(FigureFileFormat format, SteeringRole role)
    {
        var actor = await TestAccounts.CreateAsync(_database, role, role == SteeringRole.UnitReporter ? _u1 : null);
        return await _import.TemplateAsync(format, actor, Token);
    }

    private static byte[] RandomBytes()
    {
        var bytes = new byte[4096];
        new Random(138).NextBytes(bytes);
        return bytes;
    }

    private static byte[] File(FigureFileFormat format, params string[] lines) => format == FigureFileFormat.Csv
        ? Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")
        : SheetWriter.WriteXlsx(lines.Select(l => (IReadOnlyList<string>)l.Split(',')), (row, column) => row > 0 && column >= 2);

    private async Task<FigureImportOutcome> ImportAsync(byte[] content, FigureFileFormat format, SteeringRole role, params int[] confirmedRows) =>
        await _import.ImportAsync(new MemoryStream(content), format, await CallerAsync(role), confirmedRows, Token);

    private async Task<FigureImportOutcome> CheckAsync(byte[] content, FigureFileFormat format, SteeringRole role) =>
        await _import.CheckAsync(new MemoryStream(content), format, await CallerAsync(role), Token);

    private async Task<Caller> CallerAsync(SteeringRole role)
    {
        var actor = await TestAccounts.CreateAsync(_database, role, role == SteeringRole.UnitReporter ? _u1 : null);
        return new Caller(actor.UserId, null);
    }

    private async Task<List<string>> StoredAsync()
    {
        await using var db = _database.CreateDbContext();
        var rows = await db.IndicatorValues.Join(db.Units, v => v.UnitId, u => u.Id, (v, u) => new { u.Code, v.Year, v.Month, v.Value }).ToListAsync(Token);
        return [.. rows.Select(r => $"{r.Code} {r.Year}-{r.Month} {r.Value}").Order(StringComparer.Ordinal)];
    }

    private async Task<List<string>> VersionsAsync()
    {
        await using var db = _database.CreateDbContext();
        return [.. (await db.IndicatorValues.Select(v => v.Id + " " + v.Value + " " + v.Version + " " + v.UpdatedAtUtc).ToListAsync(Token)).Order(StringComparer.Ordinal)];
    }

    private sealed class RejectedComparer : IEqualityComparer<FigureImportOutcome>
    {
        public bool Equals(FigureImportOutcome? x, FigureImportOutcome? y) =>
            x is FigureImportOutcome.FileRejected a && y is FigureImportOutcome.FileRejected b && a.Error == b.Error && a.Columns.SequenceEqual(b.Columns);

        public int GetHashCode(FigureImportOutcome obj) => 0;
    }
}
