using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Reports;

/// <summary>Files attached to a unit's report through <see cref="ReportSubmissionService.SubmitAsync(Caller, int, int, string?, IReadOnlyList{ReportFigure}, Guid?, ReportAttachmentChanges, CancellationToken)"/>.</summary>
public sealed class ReportAttachmentTests : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x01];
    private static readonly byte[] Pdf = "%PDF-1.7 report"u8.ToArray();
    private ReportScenario _scenario = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private ReportSubmissionService Service => _scenario.Service;

    private Caller Agency => new(_scenario.Agency.UserId);

    public async ValueTask InitializeAsync() => _scenario = await ReportScenario.CreateAsync();

    public ValueTask DisposeAsync() => _scenario.DisposeAsync();

    [Fact]
    public async Task FilesSubmittedWithTheReportAreKeptUnderGeneratedNamesAndRecordedInTheHistory()
    {
        var outcome = await SubmitAsync(null, Add(("../../ảnh mít tinh.png", Png), ("báo cáo.pdf", Pdf)));

        var report = Assert.IsType<SubmitOutcome.Submitted>(outcome).Report;
        Assert.Equal(
            [("ảnh mít tinh.png", "image/png", (long)Png.Length), ("báo cáo.pdf", "application/pdf", (long)Pdf.Length)],
            report.Attachments.Select(a => (a.FileName, a.ContentType, a.SizeBytes)).ToList());
        var files = _scenario.AttachmentFiles();
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.Matches("^[0-9a-f]{32}\\.(png|pdf)$", Path.GetFileName(f)));
        Assert.Equal(Png, await File.ReadAllBytesAsync(files.Single(f => f.EndsWith(".png", StringComparison.Ordinal)), Token));
        var history = Assert.Single(await Service.HistoryAsync(report.UnitReportId, Token));
        Assert.Equal(report.Attachments, history.AttachmentsAdded);
        Assert.Empty(history.AttachmentsRemoved);
        AssertSameAttachments(report, await Service.FindAsync(_scenario.ReportTypeId, _scenario.U1, Token));
    }

    [Fact]
    public async Task ACorrectionRemovesAFileAndAddsAnotherInOneHistoryRowAndTheRemovedFileStaysForTheHistory()
    {
        var first = Assert.IsType<SubmitOutcome.Submitted>(await SubmitAsync(null, Add(("cũ.pdf", Pdf)))).Report;
        var old = Assert.Single(first.Attachments);

        var outcome = await SubmitAsync(first.Version, new ReportAttachmentChanges([Upload("mới.png", Png)], [old.Id]));

        var corrected = Assert.IsType<SubmitOutcome.Submitted>(outcome);
        Assert.Equal(UnitReportChange.Corrected, corrected.Change);
        Assert.Equal(["mới.png"], corrected.Report.Attachments.Select(a => a.FileName).ToList());
        var history = await Service.HistoryAsync(first.UnitReportId, Token);
        Assert.Equal(
            [("cũ.pdf", ""), ("mới.png", "cũ.pdf")],
            history.Select(h => (string.Join(",", h.AttachmentsAdded.Select(a => a.FileName)), string.Join(",", h.AttachmentsRemoved.Select(a => a.FileName)))).ToList());
        Assert.Equal(2, _scenario.AttachmentFiles().Count);
        AssertSameAttachments(corrected.Report, await Service.FindAsync(_scenario.ReportTypeId, _scenario.U1, Token));
    }

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, ReportError.AttachmentTypeNotAllowed)]
    [InlineData(new byte[0], ReportError.AttachmentEmpty)]
    public async Task AFileOfTheWrongKindIsRefusedByNameAndNothingIsStored(byte[] content, ReportError expected)
    {
        var outcome = await SubmitAsync(null, Add(("ok.pdf", Pdf), ("setup.pdf", content)));

        var invalid = Assert.IsType<SubmitOutcome.Invalid>(outcome);
        Assert.Equal([expected], invalid.Errors);
        Assert.Equal([new AttachmentError("setup.pdf", expected)], invalid.Files);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsRefusedAndNothingIsStored()
    {
        var large = new byte[ReportScenario.MaxAttachmentBytes + 1];
        Pdf.CopyTo(large, 0);

        var outcome = await SubmitAsync(null, Add(("lớn.pdf", large)));

        Assert.Equal([new AttachmentError("lớn.pdf", ReportError.AttachmentTooLarge)], Assert.IsType<SubmitOutcome.Invalid>(outcome).Files);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task AFileOfExactlyTheSizeLimitIsAccepted()
    {
        var exact = new byte[ReportScenario.MaxAttachmentBytes];
        Pdf.CopyTo(exact, 0);

        var outcome = await SubmitAsync(null, Add(("vừa.pdf", exact)));

        Assert.Equal(ReportScenario.MaxAttachmentBytes, Assert.Single(Assert.IsType<SubmitOutcome.Submitted>(outcome).Report.Attachments).SizeBytes);
    }

    [Fact]
    public async Task AnInvalidSummaryKeepsNoFileAndDoesNotReadTheUpload()
    {
        var upload = new TrackingStream(Pdf);

        var outcome = await Service.SubmitAsync(
            Agency, _scenario.ReportTypeId, _scenario.U1, " ", [], null, new ReportAttachmentChanges([new FileUpload("a.pdf", upload)], []), Token);

        Assert.Equal([ReportError.SummaryRequired], Assert.IsType<SubmitOutcome.Invalid>(outcome).Errors);
        Assert.False(upload.WasRead);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task AReporterOfAnotherUnitIsRefusedAndNoFileIsLeft()
    {
        var reporter = await TestAccounts.CreateAsync(_scenario.Database, SteeringRole.UnitReporter, _scenario.U2);
        var upload = new TrackingStream(Pdf);

        var outcome = await Service.SubmitAsync(
            new Caller(reporter.UserId), _scenario.ReportTypeId, _scenario.U1, "Báo cáo.", [], null,
            new ReportAttachmentChanges([new FileUpload("a.pdf", upload)], []), Token);

        Assert.IsType<SubmitOutcome.Forbidden>(outcome);
        Assert.False(upload.WasRead);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task AConflictDeletesTheFilesItWrote()
    {
        var first = await _scenario.SubmitAsync(_scenario.U1);
        await _scenario.SubmitAsync(_scenario.U1, cases: 9);

        var outcome = await SubmitAsync(first.Version, Add(("muộn.pdf", Pdf)));

        Assert.IsType<SubmitOutcome.Conflict>(outcome);
        Assert.Empty(_scenario.AttachmentFiles());
        await using var db = _scenario.Database.CreateDbContext();
        Assert.Equal(0, await db.UnitReportAttachments.CountAsync(Token));
    }

    [Fact]
    public async Task AFailedSaveDeletesTheFileAndStoresNoReport()
    {
        await _scenario.Database.FailInsertsAsync("UnitReportAttachments");

        await Assert.ThrowsAsync<DbUpdateException>(() => SubmitAsync(null, Add(("a.pdf", Pdf))));

        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task RemovingAFileTheReportDoesNotCarryIsRefusedAndKeepsNothing()
    {
        var first = Assert.IsType<SubmitOutcome.Submitted>(await SubmitAsync(null, Add(("a.pdf", Pdf)))).Report;
        var removed = Assert.IsType<SubmitOutcome.Submitted>(
            await SubmitAsync(first.Version, new ReportAttachmentChanges([], [first.Attachments[0].Id]))).Report;

        var again = await SubmitAsync(removed.Version, new ReportAttachmentChanges([Upload("b.png", Png)], [first.Attachments[0].Id]));
        var unknown = await SubmitAsync(removed.Version, new ReportAttachmentChanges([], [987654]));

        Assert.Equal([ReportError.AttachmentNotOnReport], Assert.IsType<SubmitOutcome.Invalid>(again).Errors);
        Assert.Equal([ReportError.AttachmentNotOnReport], Assert.IsType<SubmitOutcome.Invalid>(unknown).Errors);
        Assert.Single(_scenario.AttachmentFiles());
        Assert.Equal(2, (await Service.HistoryAsync(first.UnitReportId, Token)).Count);
    }

    [Fact]
    public async Task AReportCarriesAtMostTenFiles()
    {
        var nine = Assert.IsType<SubmitOutcome.Submitted>(
            await SubmitAsync(null, Add([.. Enumerable.Range(1, 9).Select(i => ($"{i}.pdf", Pdf))]))).Report;

        var two = await SubmitAsync(nine.Version, Add(("10.pdf", Pdf), ("11.pdf", Pdf)));
        var eleven = await SubmitAsync(nine.Version, Add([.. Enumerable.Range(1, 11).Select(i => ($"{i}.pdf", Pdf))]));
        var swap = await SubmitAsync(nine.Version, new ReportAttachmentChanges([Upload("10.pdf", Pdf), Upload("11.pdf", Pdf)], [nine.Attachments[0].Id]));

        Assert.Equal([ReportError.TooManyAttachments], Assert.IsType<SubmitOutcome.Invalid>(two).Errors);
        Assert.Equal([ReportError.TooManyAttachments], Assert.IsType<SubmitOutcome.Invalid>(eleven).Errors);
        Assert.Equal(10, Assert.IsType<SubmitOutcome.Submitted>(swap).Report.Attachments.Count);
        Assert.Equal(11, _scenario.AttachmentFiles().Count);
    }

    [Fact]
    public async Task AReturnKeepsTheAttachedFiles()
    {
        var report = Assert.IsType<SubmitOutcome.Submitted>(await SubmitAsync(null, Add(("a.pdf", Pdf)))).Report;

        var returned = await Service.ReturnAsync(Agency, report.UnitReportId, "Thiếu số liệu.", report.Version, Token);

        Assert.Equal(report.Attachments, Assert.IsType<ReturnOutcome.Returned>(returned).Report.Attachments);
    }

    private Task<SubmitOutcome> SubmitAsync(Guid? version, ReportAttachmentChanges attachments) =>
        Service.SubmitAsync(Agency, _scenario.ReportTypeId, _scenario.U1, "Đã tổ chức mít tinh.", [], version, attachments, Token);

    private static ReportAttachmentChanges Add(params (string Name, byte[] Content)[] files) =>
        new([.. files.Select(f => Upload(f.Name, f.Content))], []);

    private static FileUpload Upload(string name, byte[] content) => new(name, new MemoryStream(content));

    private async Task AssertNothingStoredAsync()
    {
        Assert.Empty(_scenario.AttachmentFiles());
        await using var db = _scenario.Database.CreateDbContext();
        Assert.Equal((0, 0, 0), (await db.UnitReports.CountAsync(Token), await db.UnitReportHistory.CountAsync(Token), await db.UnitReportAttachments.CountAsync(Token)));
    }

    private static void AssertSameAttachments(UnitReportSnapshot expected, UnitReportSnapshot? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Attachments, actual.Attachments);
    }
}
