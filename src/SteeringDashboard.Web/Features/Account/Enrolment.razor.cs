using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using QRCoder;

namespace SteeringDashboard.Web.Features.Account;

/// <summary>
/// Sets up the authenticator app: the key as a QR code and as text, a first code to prove the app has it, then the
/// recovery codes, shown once. At sign-in (<see cref="EnrolPage"/>: a role that requires a second factor, not yet
/// enrolled) or from the account page (<see cref="OwnEnrolPage"/>: anyone signed in who has none yet). A static form.
/// </summary>
public partial class Enrolment
{
    private EnrolmentKey? _enrolment;
    private SignInOutcome? _outcome;
    private IReadOnlyList<string>? _recoveryCodes;
    private string? _continueTo;

    /// <summary>Where to go once signed in (see <see cref="AccountPaths.LocalOrHome"/>).</summary>
    [Parameter]
    public string? ReturnUrl { get; set; }

    /// <summary>True when a signed-in person chose to enrol from their account page, rather than in the middle of a sign-in.</summary>
    [Parameter]
    public bool OwnChoice { get; set; }

    private ClaimsPrincipal? SignedIn => OwnChoice ? HttpContext.User : null;

    protected override async Task OnInitializedAsync()
    {
        _enrolment = await SignIn.EnrolmentAsync(SignedIn);
        if (_enrolment is null)
        {
            // Nothing to enrol: a signed-in person who has a second factor already, or a sign-in that is no longer under way.
            Navigation.NavigateTo(OwnChoice ? AccountPaths.Security : AccountPaths.StepReturningTo(AccountPaths.SignIn, ReturnUrl));
        }
    }

    private async Task EnrolAsync()
    {
        var code = Input.Code ?? string.Empty;
        Input.Code = null;
        var (outcome, recoveryCodes) = await SignIn.CompleteEnrolmentAsync(
            SignedIn, code, RemoteAddress, HttpContext.RequestAborted);
        _outcome = outcome;
        if (recoveryCodes.Count > 0)
        {
            _recoveryCodes = recoveryCodes;
            _continueTo = OwnChoice ? AccountPaths.Security : AccountPaths.NextPage(outcome, ReturnUrl);
        }
        else if (outcome == SignInOutcome.Expired)
        {
            Navigation.NavigateTo(AccountPaths.StepReturningTo(AccountPaths.SignIn, ReturnUrl));
        }
    }

    private static string QrCodeSvg(string otpAuthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpAuthUri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }

    // "ABCD EFGH ..." is easier to type into an app than 32 letters in one run.
    private static string GroupedKey(string key) => string.Join(' ', key.Chunk(4).Select(chunk => new string(chunk)));
}
