using System.Globalization;
using SteeringDashboard.Web.Localization;

namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>Runs a test under one of the app's cultures (formatting and UI language) and restores the previous one.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    private CultureScope(string name)
    {
        CultureInfo.CurrentCulture = SupportedCultures.Get(name);
        CultureInfo.CurrentUICulture = SupportedCultures.Get(name);
    }

    public static CultureScope Use(string name) => new(name);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
