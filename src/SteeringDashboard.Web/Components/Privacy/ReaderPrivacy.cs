using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Components.Privacy;

/// <summary>
/// Victim figures as this circuit's reader may see them: the disclosure their role allows and the texts that explain a
/// hidden figure, both with the configured threshold. What every screen that shows figures needs, in one place.
/// </summary>
public sealed class ReaderPrivacy(CurrentUser currentUser, IOptions<PrivacyOptions> options, IStringLocalizer<PrivacyText> text)
{
    public PrivacyOptions Options => options.Value;

    /// <summary>The texts of hidden figures; they read the current culture when asked, so one instance serves a screen.</summary>
    public FigureTexts Texts => new(text, options.Value.VictimThreshold);

    /// <summary>What <paramref name="reader"/> may see (nobody signed in: the strictest disclosure).</summary>
    public FigureDisclosure For(Actor? reader) => FigureDisclosure.For(reader, options.Value);

    /// <summary>What the signed-in reader may see, by the sign-in's claims.</summary>
    public async Task<FigureDisclosure> ForReaderAsync() => For(await currentUser.GetAsync());
}
