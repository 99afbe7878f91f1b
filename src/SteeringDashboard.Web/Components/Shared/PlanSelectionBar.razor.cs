using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Web.Components.Shared;

/// <summary>Plan, as-of date, programme and unit kind pickers; a change navigates to the same page with the new query string.</summary>
public partial class PlanSelectionBar
{
    private static readonly UnitKind[] FilterKinds =
        [UnitKind.UrbanDistrict, UnitKind.Town, UnitKind.RuralDistrict, UnitKind.MemberAgency];

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    /// <summary>Every plan the user may pick.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<PlanSummary> Plans { get; set; } = [];

    /// <summary>The selection shown.</summary>
    [Parameter, EditorRequired]
    public PlanSelection Value { get; set; } = default!;

    /// <summary>Show the programme picker.</summary>
    [Parameter]
    public bool ShowProgramme { get; set; } = true;

    /// <summary>Show the unit kind picker.</summary>
    [Parameter]
    public bool ShowKind { get; set; } = true;

    // The date the user chose, shown while the navigation to it is under way (the URL's date is the older one until then).
    private DateOnly? _chosenAsOf;
    private PlanSelection? _shownValue;

    private DateOnly ShownAsOf => _chosenAsOf ?? Value.AsOf;

    /// <summary>
    /// Ha Noi's date now: the latest as-of date, even after the plan's period has ended, because changes saved
    /// today are dated today and show only on a view as of today.
    /// </summary>
    private DateOnly Today => HanoiTime.DateOf(Clock.GetUtcNow().UtcDateTime);

    private void PlanChanged(int planId)
    {
        var plan = Plans.Single(p => p.Id == planId);
        Go(Value with { Plan = plan, AsOf = Today });
    }

    protected override void OnParametersSet()
    {
        // The URL has moved on (to the chosen date, or elsewhere by the back button): it is the truth again.
        if (!Value.Equals(_shownValue))
        {
            _shownValue = Value;
            _chosenAsOf = null;
        }
    }

    private void AsOfChanged(DateOnly? date)
    {
        if (date is { } asOf)
        {
            GoToAsOf(asOf);
        }
    }

    private void ShowToday() => GoToAsOf(Today);

    private void ShowReview() => GoToAsOf(Value.Plan.ReviewAsOf);

    private void GoToAsOf(DateOnly asOf)
    {
        _chosenAsOf = asOf;
        Go(Value with { AsOf = asOf });
    }

    private void ProgrammeChanged(ProgrammeCode? programme) => Go(Value with { Programme = programme });

    private void KindChanged(UnitKind? kind) => Go(Value with { Kind = kind });

    private void Go(PlanSelection selection)
    {
        var path = Navigation.ToBaseRelativePath(Navigation.Uri).Split('?', '#')[0];
        Navigation.NavigateTo("/" + path + selection.ToQueryString());
    }
}
