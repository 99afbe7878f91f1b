using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace SteeringDashboard.Web.Features.Admin;

/// <summary>A new password, hidden unless the administrator shows it, with the policy as its help text.</summary>
public sealed partial class PasswordField
{
    private MudTextField<string>? _field;
    private bool _shown;

    [Parameter]
    public string? Value { get; set; }

    [Parameter]
    public EventCallback<string?> ValueChanged { get; set; }

    [Parameter, EditorRequired]
    public string Label { get; set; } = "";

    /// <summary>The messages of the password's errors, or null.</summary>
    [Parameter]
    public string? ErrorText { get; set; }

    [Parameter, EditorRequired]
    public string ErrorId { get; set; } = "";

    [Parameter]
    public string TestId { get; set; } = "password";

    public async Task FocusAsync()
    {
        if (_field is not null)
        {
            await _field.FocusAsync();
        }
    }

    private void Toggle() => _shown = !_shown;
}
