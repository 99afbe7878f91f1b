using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace SteeringDashboard.Web.Tests.TestSupport;

public static class BunitSetup
{
    /// <summary>
    /// The services the app's components expect: MudBlazor, localization from the app's resx files, and
    /// loose JS interop so MudBlazor's own calls need no setup (tests still verify the calls they care about).
    /// </summary>
    public static BunitContext AddSteeringDefaults(this BunitContext context)
    {
        context.Services.AddMudServices();
        context.Services.AddLocalization();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }
}
