using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace SteeringDashboard.Web.Components.Shared;

/// <summary>
/// The app's one date field: typed in the language's date format (dd/MM/yyyy) and applied with Enter or Tab, or
/// picked from the calendar. <see cref="ValueChanged"/> reports only the user's changes.
/// </summary>
public sealed partial class DateInput : IAsyncDisposable
{
    private const string ModulePath = "./Components/Shared/DateInput.razor.js";

    private ElementReference _element;
    private MudDatePicker? _picker;
    private IJSObjectReference? _module;
    private string? _rangeError;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedText> Shared { get; set; } = default!;

    /// <summary>The field's label.</summary>
    [Parameter, EditorRequired]
    public string Label { get; set; } = "";

    /// <summary>The date shown; null for an empty field.</summary>
    [Parameter]
    public DateOnly? Value { get; set; }

    /// <summary>Raised when the user types, picks or clears a date other than <see cref="Value"/>.</summary>
    [Parameter]
    public EventCallback<DateOnly?> ValueChanged { get; set; }

    /// <summary>The earliest date the calendar offers.</summary>
    [Parameter]
    public DateOnly? Min { get; set; }

    /// <summary>The latest date the calendar offers.</summary>
    [Parameter]
    public DateOnly? Max { get; set; }

    [Parameter]
    public string? HelperText { get; set; }

    [Parameter]
    public bool Clearable { get; set; }

    [Parameter]
    public bool Disabled { get; set; }

    /// <summary>The field's look, as the form's other fields have it.</summary>
    [Parameter]
    public Variant Variant { get; set; } = Variant.Text;

    /// <summary>The field's spacing, as the form's other fields have it.</summary>
    [Parameter]
    public Margin Margin { get; set; } = Margin.None;

    /// <summary>Marks the field as wrong, with <see cref="ErrorText"/> below it.</summary>
    [Parameter]
    public bool Error { get; set; }

    [Parameter]
    public string? ErrorText { get; set; }

    /// <summary>The id of the error text, so that the field can name it in aria-describedby.</summary>
    [Parameter]
    public string? ErrorId { get; set; }

    /// <summary>CSS classes of the element around the field.</summary>
    [Parameter]
    public string? Class { get; set; }

    [Parameter]
    public string? Style { get; set; }

    /// <summary>Further attributes of the field, e.g. data-testid.</summary>
    [Parameter(CaptureUnmatchedValues = true)]
    public Dictionary<string, object> AdditionalAttributes { get; set; } = [];

    private DateTime? PickerDate => ToDateTime(Value);

    /// <summary>How a date is typed, shown in the empty field: dd/mm/yyyy.</summary>
    private static string Placeholder => CultureInfo.CurrentCulture.DateTimeFormat.ShortDatePattern.ToLowerInvariant();

    /// <summary>Moves the keyboard focus to the field, e.g. to the first field with an error.</summary>
    public ValueTask FocusAsync() => _picker?.FocusAsync() ?? ValueTask.CompletedTask;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            await _module.InvokeVoidAsync("applyTypedDateOnEnter", _element);
        }
    }

    /// <summary>
    /// MudDatePicker raises DateChanged when its Date parameter is set too, not only when the user picks a date: a date
    /// equal to <see cref="Value"/> is that echo, not a choice. Passing it on made a page that follows its URL navigate
    /// back to the URL's older date while the navigation to the chosen one was under way, and forth again, endlessly.
    /// </summary>
    private Task PickerDateChanged(DateTime? date)
    {
        var chosen = date is { } picked ? DateOnly.FromDateTime(picked) : (DateOnly?)null;
        if (chosen == Value)
        {
            return Task.CompletedTask;
        }

        // The calendar offers only the days in range; a typed date may be outside it.
        _rangeError = chosen is { } day ? RangeError(day) : null;
        return _rangeError is null ? ValueChanged.InvokeAsync(chosen) : Task.CompletedTask;
    }

    /// <summary>Why <paramref name="date"/> is refused, or null when it is in range.</summary>
    private string? RangeError(DateOnly date) => (Min, Max) switch
    {
        ({ } min, { } max) when date < min || date > max => Shared["DateOutOfRange", Text(min), Text(max)].Value,
        ({ } min, null) when date < min => Shared["DateTooEarly", Text(min)].Value,
        (null, { } max) when date > max => Shared["DateTooLate", Text(max)].Value,
        _ => null,
    };

    private static string Text(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    private static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone: the browser dropped the module with it.
            }
        }
    }
}
