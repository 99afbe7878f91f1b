using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Units;

/// <summary>
/// A unit's contact (person, phone, e-mail) as the reminder list shows it, with an edit form for those who chase reports. The
/// save names the contact that was read, so a contact changed meanwhile by someone else is shown, not overwritten.
/// </summary>
public sealed partial class UnitContactCard
{
    private UnitContact? _contact;
    private int? _loadedUnitId;
    private ContactForm _form = new();
    private IReadOnlyList<UnitContactError> _errors = [];
    private string? _message;
    private bool _mayEdit;
    private bool _editing;
    private bool _busy;
    private bool _saved;

    [Parameter, EditorRequired]
    public int UnitId { get; set; }

    [Inject]
    private UnitContactService Contacts { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    /// <summary>Loads once per unit: a re-render of the page must not replace the contact an open form was read from.</summary>
    protected override async Task OnParametersSetAsync()
    {
        if (_loadedUnitId == UnitId)
        {
            return;
        }

        _loadedUnitId = UnitId;
        (_editing, _saved) = (false, false);
        _contact = await Contacts.LoadAsync(UnitId) ?? UnitContact.None;
        _mayEdit = await CurrentUser.MayAsync(SteeringAction.ChaseReports, UnitId);
    }

    private void Edit()
    {
        _form = new ContactForm { Person = _contact?.Person, Phone = _contact?.Phone, Email = _contact?.Email };
        (_errors, _message, _saved, _editing) = ([], null, false, true);
    }

    private void Cancel() => _editing = false;

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            var outcome = await Contacts.UpdateAsync(await CurrentUser.CallerAsync(), UnitId, _contact ?? UnitContact.None, new UnitContact(_form.Person, _form.Phone, _form.Email));
            switch (outcome)
            {
                case ContactOutcome.Saved saved:
                    (_contact, _errors, _message, _saved, _editing) = (saved.Contact, [], null, true, false);
                    break;
                case ContactOutcome.Invalid invalid:
                    (_errors, _message) = (invalid.Errors, string.Join(" ", invalid.Errors.Select(e => Text[$"ContactError.{e}"].Value)));
                    break;
                case ContactOutcome.Conflict conflict:
                    _contact = conflict.Current;
                    (_errors, _message) = ([], Text["ContactConflict", ContactText(conflict.Current)]);
                    break;
                default:
                    (_errors, _message) = ([], Text["ContactForbidden"]);
                    break;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private string ContactText(UnitContact contact) =>
        contact.IsEmpty ? Text["ContactNone"] : string.Join(" · ", new[] { contact.Person, contact.Phone, contact.Email }.OfType<string>());

    private sealed class ContactForm
    {
        public string? Person { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
    }
}
