using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Conferences;

/// <summary>
/// The secretariat creates a conference: the plan it reviews and its record (the period prefilled with the plan's). The
/// service checks the caller's role again and validates the record; once created, the workspace opens.
/// </summary>
public sealed partial class NewConferencePage
{
    private IReadOnlyList<PlanSummary>? _plans;
    private int? _planId;
    private bool _planMissing;
    private ConferenceRecordForm _record = new();
    private IReadOnlyList<ConferenceError> _errors = [];
    private string? _alert;
    private bool _busy;

    [Inject]
    private PlanQueries Plans { get; set; } = default!;

    [Inject]
    private ConferenceService Service { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _plans = await Plans.ListAsync();
        if (_plans.Count > 0)
        {
            var plan = _plans[0];
            _planId = plan.Id;
            _record = new ConferenceRecordForm { PeriodStart = plan.PeriodStart, PeriodEnd = plan.PeriodEnd };
        }
    }

    private async Task CreateAsync()
    {
        if (_busy)
        {
            return;
        }

        _planMissing = _planId is null;
        if (_planId is not { } planId)
        {
            return;
        }

        _busy = true;
        _alert = null;
        try
        {
            var outcome = await Service.CreateAsync(await CurrentUser.CallerAsync(), planId, _record.ToDraft());
            _errors = outcome is ConferenceOutcome.Invalid invalid ? invalid.Errors : [];
            switch (outcome)
            {
                case ConferenceOutcome.Saved saved:
                    Navigation.NavigateTo($"/conference/{saved.ConferenceId}");
                    break;
                case ConferenceOutcome.NotFound:
                    _alert = L["PlanGone"];
                    _plans = await Plans.ListAsync();
                    break;
                case ConferenceOutcome.Forbidden:
                    _alert = L["Forbidden"];
                    break;
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
