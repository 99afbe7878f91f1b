using System.Globalization;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Features.Admin;

/// <summary>The administration screens' names for roles and audit events, and their time format, in the user's language.</summary>
public static class AdminNames
{
    /// <summary>How both screens show an instant: Ha Noi time, dd/MM/yyyy HH:mm in either language.</summary>
    public const string TimeFormat = "dd/MM/yyyy HH:mm";

    public static string Of(SteeringRole role, IStringLocalizer<AdminText> L) => role switch
    {
        SteeringRole.CommitteeMember => L["Role.CommitteeMember"],
        SteeringRole.Secretariat => L["Role.Secretariat"],
        SteeringRole.StandingAgency => L["Role.StandingAgency"],
        SteeringRole.UnitReporter => L["Role.UnitReporter"],
        SteeringRole.Administrator => L["Role.Administrator"],
        _ => role.ToString(),
    };

    public static string Of(AuditEvent auditEvent, IStringLocalizer<AdminText> L) => auditEvent switch
    {
        AuditEvent.SignInSucceeded => L["Event.SignInSucceeded"],
        AuditEvent.SignInFailed => L["Event.SignInFailed"],
        AuditEvent.SignedOut => L["Event.SignedOut"],
        AuditEvent.LockedOut => L["Event.LockedOut"],
        AuditEvent.AccessDenied => L["Event.AccessDenied"],
        AuditEvent.UserCreated => L["Event.UserCreated"],
        AuditEvent.UserDisabled => L["Event.UserDisabled"],
        AuditEvent.UserEnabled => L["Event.UserEnabled"],
        AuditEvent.PasswordReset => L["Event.PasswordReset"],
        AuditEvent.RoleAssigned => L["Event.RoleAssigned"],
        AuditEvent.SessionEnded => L["Event.SessionEnded"],
        AuditEvent.SecondFactorEnrolled => L["Event.SecondFactorEnrolled"],
        AuditEvent.SecondFactorReset => L["Event.SecondFactorReset"],
        AuditEvent.PasswordChanged => L["Event.PasswordChanged"],
        AuditEvent.SignInThrottled => L["Event.SignInThrottled"],
        _ => auditEvent.ToString(),
    };

    /// <summary>A stored UTC instant as Ha Noi time.</summary>
    public static string HanoiTimeText(DateTime utc) => HanoiTime.ToHanoi(utc).ToString(TimeFormat, CultureInfo.InvariantCulture);
}
