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

    public static string Of(SteeringRole role, IStringLocalizer<AdminText> text) => role switch
    {
        SteeringRole.CommitteeMember => text["Role.CommitteeMember"],
        SteeringRole.Secretariat => text["Role.Secretariat"],
        SteeringRole.StandingAgency => text["Role.StandingAgency"],
        SteeringRole.UnitReporter => text["Role.UnitReporter"],
        SteeringRole.Administrator => text["Role.Administrator"],
        _ => role.ToString(),
    };

    public static string Of(AuditEvent auditEvent, IStringLocalizer<AdminText> text) => auditEvent switch
    {
        AuditEvent.SignInSucceeded => text["Event.SignInSucceeded"],
        AuditEvent.SignInFailed => text["Event.SignInFailed"],
        AuditEvent.SignedOut => text["Event.SignedOut"],
        AuditEvent.LockedOut => text["Event.LockedOut"],
        AuditEvent.AccessDenied => text["Event.AccessDenied"],
        AuditEvent.UserCreated => text["Event.UserCreated"],
        AuditEvent.UserDisabled => text["Event.UserDisabled"],
        AuditEvent.UserEnabled => text["Event.UserEnabled"],
        AuditEvent.PasswordReset => text["Event.PasswordReset"],
        AuditEvent.RoleAssigned => text["Event.RoleAssigned"],
        AuditEvent.SessionEnded => text["Event.SessionEnded"],
        AuditEvent.SecondFactorEnrolled => text["Event.SecondFactorEnrolled"],
        AuditEvent.SecondFactorReset => text["Event.SecondFactorReset"],
        AuditEvent.PasswordChanged => text["Event.PasswordChanged"],
        AuditEvent.SignInThrottled => text["Event.SignInThrottled"],
        _ => auditEvent.ToString(),
    };

    /// <summary>A stored UTC instant as Ha Noi time.</summary>
    public static string HanoiTimeText(DateTime utc) => HanoiTime.ToHanoi(utc).ToString(TimeFormat, CultureInfo.InvariantCulture);
}
