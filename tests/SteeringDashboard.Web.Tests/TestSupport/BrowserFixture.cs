using Microsoft.Playwright;
using SteeringDashboard.Web.Tests.TestSupport;

[assembly: AssemblyFixture(typeof(BrowserFixture))]

namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>
/// One headless Debian Chromium for the whole test assembly, launched on first use so that test
/// runs without browser tests do not need it. Each test takes a context of its own and disposes it
/// (<c>await using</c>) before its class ends: an open page keeps a circuit alive, and that holds the
/// app host's shutdown for about 30 seconds.
/// </summary>
public sealed class BrowserFixture : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private readonly SemaphoreSlim _launchLock = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>A fresh context (no cookies) whose relative URLs resolve against <paramref name="baseAddress"/>.</summary>
    /// <param name="baseAddress">The app's address, usually <see cref="LiveSteeringApp.BaseAddress"/>.</param>
    /// <param name="locale">The browser's language, sent as Accept-Language.</param>
    public async Task<IBrowserContext> NewContextAsync(Uri baseAddress, string locale = "en-US")
    {
        var browser = await GetBrowserAsync();
        return await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = locale,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _launchLock.Dispose();
    }

    private async Task<IBrowser> GetBrowserAsync()
    {
        await _launchLock.WaitAsync();
        try
        {
            if (_browser is null)
            {
                if (!File.Exists(ChromiumPath))
                {
                    throw new InvalidOperationException(
                        $"Browser tests need Debian's Chromium at {ChromiumPath}: apt-get install -y chromium (scripts/test.sh does it).");
                }

                // Two cores run the app, the browser and the other tests at once: Playwright's 5 s default is too short.
                Assertions.SetDefaultExpectTimeout(15_000);
                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = ChromiumPath,
                    Headless = true,
                    Args = ChromiumArgs,
                });
            }

            return _browser;
        }
        finally
        {
            _launchLock.Release();
        }
    }
}
