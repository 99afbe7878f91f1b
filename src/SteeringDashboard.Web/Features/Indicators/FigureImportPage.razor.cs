using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Assignments;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Indicators;

/// <summary>
/// Imports a figures file in two steps: the file is uploaded (with progress) and checked, every error listed by row and
/// column; a valid file's effect (new, changed, unchanged rows, and each new or changed figure with its stored value and the
/// file's) is shown with the rows far outside their unit's history,
/// which the user confirms one by one; only then is it applied, in one transaction, by <see cref="FigureImport"/>.
/// </summary>
public sealed partial class FigureImportPage
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>The new and changed figures listed before applying; a larger file lists these and says how many more.</summary>
    private const int MaxChangesShown = 500;

    private readonly HashSet<int> _confirmed = [];
    private byte[]? _content;
    private FigureFileFormat _format;
    private string? _fileName;
    private double? _progress;
    private bool _busy;
    private FigureImportOutcome? _outcome;
    private IReadOnlyList<FigureOutlierRow> _outliers = [];

    [Inject]
    private FigureImport Import { get; set; } = default!;

    [Inject]
    private FigureImportOptions Options { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AssignmentsText> AssignmentsText { get; set; } = default!;

    private string MaxSizeText => SizeOf(Options.MaxBytes);

    private string SizeOf(long bytes) => FileSizeText.Format(bytes, AssignmentsText);

    private async Task FileChosenAsync(IBrowserFile? file)
    {
        Reset();
        if (file is null)
        {
            return;
        }

        _fileName = file.Name;
        var extension = Path.GetExtension(file.Name).ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx"))
        {
            _outcome = new FigureImportOutcome.FileRejected(FigureFileError.NotASpreadsheet, []);
            return;
        }

        if (file.Size > Options.MaxBytes)
        {
            _outcome = new FigureImportOutcome.FileRejected(FigureFileError.TooLarge, []);
            return;
        }

        _format = extension == ".csv" ? FigureFileFormat.Csv : FigureFileFormat.Xlsx;
        _busy = true;
        try
        {
            _content = await ReadWithProgressAsync(file);
            _outcome = await Import.CheckAsync(new MemoryStream(_content), _format, await CurrentUser.CallerAsync());
            _outliers = _outcome is FigureImportOutcome.Ready ready ? ready.Outliers : [];
        }
        finally
        {
            _busy = false;
            _progress = null;
        }
    }

    /// <summary>Reads the upload in chunks, showing how much has arrived.</summary>
    private async Task<byte[]> ReadWithProgressAsync(IBrowserFile file)
    {
        await using var stream = file.OpenReadStream(maxAllowedSize: Options.MaxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        _progress = 0;
        while ((read = await stream.ReadAsync(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            _progress = file.Size == 0 ? 100 : Math.Min(100, buffer.Length * 100.0 / file.Size);
            StateHasChanged();
        }

        return buffer.ToArray();
    }

    private void Confirm(int row, bool confirmed)
    {
        if (confirmed)
        {
            _confirmed.Add(row);
        }
        else
        {
            _confirmed.Remove(row);
        }
    }

    private async Task ApplyAsync()
    {
        if (_content is null)
        {
            return;
        }

        _busy = true;
        try
        {
            _outcome = await Import.ImportAsync(new MemoryStream(_content), _format, await CurrentUser.CallerAsync(), [.. _confirmed]);
            if (_outcome is not FigureImportOutcome.NeedsConfirmation)
            {
                _content = null;
                _outliers = [];
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private void Reset()
    {
        _content = null;
        _fileName = null;
        _outcome = null;
        _outliers = [];
        _confirmed.Clear();
    }

    /// <summary>The rows refused because they are another unit's (named so the user can remove them).</summary>
    private static List<string> OtherUnitRows(FigureImportOutcome.Invalid invalid) =>
        [.. invalid.Errors.Where(e => e.Code == FigureError.NotAllowedForUnit).Select(e => e.Row.ToString(CultureInfo.InvariantCulture)).Distinct()];

    private string ColumnName(string column) => column switch
    {
        FigureImport.UnitColumn => Text["Column.UnitCode"],
        FigureImport.IndicatorColumn => Text["Column.IndicatorCode"],
        FigureImport.YearColumn => Text["Column.Year"],
        FigureImport.MonthColumn => Text["Column.Month"],
        _ => Text["Column.Value"],
    };

    private string OutlierText(FigureOutlierRow outlier) => Text[
        "OutlierRow",
        outlier.Row.ToString(CultureInfo.InvariantCulture),
        Bilingual.Pick(outlier.Unit.NameVi, outlier.Unit.NameEn),
        Bilingual.Pick(outlier.Indicator.NameVi, outlier.Indicator.NameEn),
        new DateOnly(outlier.Year, outlier.Month, 1).ToString("MM/yyyy", CultureInfo.InvariantCulture),
        outlier.Value.ToString("N0", CultureInfo.CurrentCulture),
        outlier.PreviousMax.ToString("N0", CultureInfo.CurrentCulture)];
}
