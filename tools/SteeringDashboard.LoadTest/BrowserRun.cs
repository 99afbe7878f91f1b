using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SteeringDashboard.LoadTest;

/// <summary>
/// The check people do, with real browsers: N Chromium pages signed in as the viewer on the route, and the writer saving
/// one assignment in the edit dialog of its unit's page, one change after another. For each change and page, the delay is
/// from the click on Save (the moment the click reaches the writer's page) to the moment the viewer's page shows the
/// refresh that change caused (its refresh line changes), both read from the browser's clock.
/// </summary>
public static class BrowserRun
{
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

    // A live refresh highlights a changed figure for 3 s; the page is left this long before the next save, so that the
    // end of that highlight is not taken for the next change.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3.5);

    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The sign-in form's own address (its query aside), and that of every step of signing in. No options: Playwright passes
    /// the pattern to the browser and refuses those it cannot express there.
    /// </summary>
    private static readonly Regex SignInForm = new(@"/account/sign-in(\?|$)");

    private static readonly Regex SignInSteps = new("/account/sign-in");

    /// <summary>
    /// Arms the page: records when its refresh line first shows another text than now. A live refresh always changes it
    /// (its time, and whose change it was), and nothing else does, so it marks the moment the change reached the page.
    /// </summary>
    private const string Arm = """
        () => {
            const text = () => document.querySelector('[data-testid=refresh-status]')?.textContent ?? '';
            const before = text();
            window.__liveChangedAt = null;
            window.__liveObserver?.disconnect();
            window.__liveObserver = new MutationObserver(() => {
                if (window.__liveChangedAt === null && text() !== before) {
                    window.__liveChangedAt = Date.now();
                    window.__liveObserver.disconnect();
                }
            });
            window.__liveObserver.observe(document.body, { subtree: true, childList: true, characterData: true });
        }
        """;

    public static async Task<LoadResult> RunAsync(LoadTestOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var pages = options.BrowserPages!.Value;
        var memoryBefore = await ServerMetrics.WorkingSetMBAsync(options.MetricsAddress, log, cancellationToken);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = options.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });

        // English, so that the writer finds the edit button by its name; the viewers' language does not change the work.
        await using var viewer = await SignedInContextAsync(browser, options.Url, options.User, options.Password, options.TotpKey);
        await using var writer = await SignedInContextAsync(
            browser, options.Url, options.Writer ?? options.User, options.WriterPassword ?? options.Password, options.Writer is null ? options.TotpKey : options.WriterTotpKey);
        await log.WriteLineAsync($"Signed in as {options.User} (viewer) and {options.Writer ?? options.User} (writer) in Chromium.");

        // What the pages' scripts report as errors (a chart the module could not draw, a circuit that failed): a run whose
        // pages break measures nothing, so the log names them.
        var errors = new List<string>();
        void Watch(IPage page)
        {
            page.PageError += (_, error) => Note(error);
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    Note(message.Text);
                }
            };
        }

        void Note(string error)
        {
            lock (errors)
            {
                errors.Add(error);
            }
        }

        var viewers = new List<IPage>();
        for (var i = 1; i <= pages; i++)
        {
            var page = await viewer.NewPageAsync();
            Watch(page);
            await OpenInteractiveAsync(page, options.Route);
            viewers.Add(page);
            await log.WriteLineAsync($"Opened {i}/{pages} pages.");
        }

        var unitPage = await writer.NewPageAsync();
        Watch(unitPage);
        await OpenInteractiveAsync(unitPage, $"/units/{Uri.EscapeDataString(options.Unit)}");

        var delays = new List<double>();
        var missed = 0;
        for (var change = 1; change <= options.Changes; change++)
        {
            await Task.Delay(Settle, cancellationToken);
            foreach (var page in viewers)
            {
                await page.EvaluateAsync(Arm);
            }

            var clickedAt = await SaveInDialogAsync(unitPage, options.Task, change);
            var (changeDelays, changeMissed) = await CollectAsync(viewers, clickedAt, options.Timeout, cancellationToken);
            delays.AddRange(changeDelays);
            missed += changeMissed;
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Change {change}/{options.Changes}: {changeDelays.Count} pages changed, slowest after {(changeDelays.Count == 0 ? 0 : changeDelays.Max()):0} ms; {changeMissed} missed."));
        }

        var memoryAfter = await ServerMetrics.WorkingSetMBAsync(options.MetricsAddress, log, cancellationToken);
        List<string> seen;
        lock (errors)
        {
            seen = [.. errors];
        }

        foreach (var error in seen.Take(10))
        {
            await log.WriteLineAsync($"Error in a page: {error}");
        }

        await log.WriteLineAsync($"{seen.Count} errors in the pages.");

        await log.WriteLineAsync($"Closing {viewers.Count + 1} pages.");

        // Closed before the browser goes: a closed page tells the server its circuit is gone.
        foreach (var page in viewers.Append(unitPage))
        {
            await page.CloseAsync();
        }

        return LoadResult.From(pages, options.Changes, delays, missed, memoryBefore, memoryAfter);
    }

    /// <summary>A browser context signed in through the app's sign-in form (and the authenticator-code step when asked).</summary>
    private static async Task<IBrowserContext> SignedInContextAsync(IBrowser browser, Uri url, string userName, string password, string? totpKey)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = url.ToString(), Locale = "en-US" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in?returnUrl=%2Fhealth");
        await page.Locator("#sign-in-user").FillAsync(userName);
        await page.Locator("#sign-in-password").FillAsync(password);
        await page.Locator("form button[type=submit]").ClickAsync();
        // The address is polled, not awaited with WaitForURLAsync: when the form's redirect had already arrived, that waited
        // for a load state of the page it found and, about one run in ten, ran out after 30 s although the page was there.
        await LeftAsync(page, SignInForm);
        if (new Uri(page.Url).AbsolutePath == "/account/sign-in/code")
        {
            if (totpKey is null)
            {
                throw new InvalidOperationException($"{userName} signs in with an authenticator code: give its key with --totp-key (or --writer-totp-key).");
            }

            await page.Locator("#sign-in-code").FillAsync(Totp.Code(totpKey));
            await page.Locator("form button[type=submit]").ClickAsync();
        }

        await LeftAsync(page, SignInSteps);
        if (new Uri(page.Url).AbsolutePath != "/health")
        {
            throw new InvalidOperationException($"Signing in as {userName} in Chromium did not end on the app (it went to {page.Url}).");
        }

        await page.CloseAsync();
        return context;
    }

    /// <summary>Waits until the page's address no longer matches <paramref name="address"/>.</summary>
    private static Task LeftAsync(IPage page, Regex address) =>
        Assertions.Expect(page).Not.ToHaveURLAsync(address, new() { Timeout = (float)PageTimeout.TotalMilliseconds });

    /// <summary>Opens the route and waits for its circuit (the layout marks itself interactive) and its first refresh line.</summary>
    private static async Task OpenInteractiveAsync(IPage page, string route)
    {
        await page.GotoAsync(route, new() { Timeout = (float)PageTimeout.TotalMilliseconds });
        await page.Locator("[data-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = (float)PageTimeout.TotalMilliseconds });
    }

    /// <summary>
    /// Opens the task's edit dialog, sets it in progress at 41 % or 42 % (alternately, so that every save changes it), clicks
    /// Save, waits for the dialog to close, and returns when the click reached the page (milliseconds since 1970, the
    /// browser's clock).
    /// </summary>
    private static async Task<double> SaveInDialogAsync(IPage page, int task, int change)
    {
        var timeout = (float)PageTimeout.TotalMilliseconds;
        var edit = page.Locator($"[data-testid=edit-assignment][aria-label^='Edit task {task} for ']");
        await edit.ClickAsync(new() { Timeout = timeout });
        var dialog = page.GetByRole(AriaRole.Dialog, new() { NameRegex = new Regex($"^Update task {task} ") });
        await dialog.WaitForAsync(new() { Timeout = timeout });
        await dialog.GetByRole(AriaRole.Radio, new() { Name = "In progress" }).CheckAsync(new() { Timeout = timeout });
        await dialog.GetByLabel("Completed on").FillAsync(string.Empty, new() { Timeout = timeout });
        await dialog.GetByLabel("Progress (%)").FillAsync(change % 2 == 0 ? "42" : "41", new() { Timeout = timeout });

        var save = dialog.GetByRole(AriaRole.Button, new() { Name = "Save" });
        await save.EvaluateAsync("button => button.addEventListener('click', () => { window.__saveClickedAt = Date.now(); }, { capture: true, once: true })");
        await save.ClickAsync(new() { Timeout = timeout });
        try
        {
            await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = timeout });
        }
        catch (TimeoutException)
        {
            var shown = await dialog.InnerTextAsync();
            throw new InvalidOperationException($"The edit dialog of task {task} did not close after Save: {shown}");
        }

        return await page.EvaluateAsync<double>("() => window.__saveClickedAt");
    }

    /// <summary>Waits until every page has changed or <paramref name="timeout"/> has passed since the click, then reads each page's delay.</summary>
    private static async Task<(List<double> Delays, int Missed)> CollectAsync(
        IReadOnlyList<IPage> pages, double clickedAt, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var changedAt = new double?[pages.Count];
        var deadline = DateTimeOffset.FromUnixTimeMilliseconds((long)clickedAt) + timeout;
        while (true)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                changedAt[i] ??= await pages[i].EvaluateAsync<double?>("() => window.__liveChangedAt");
            }

            if (changedAt.All(at => at is not null) || DateTimeOffset.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(100, cancellationToken);
        }

        var delays = changedAt.Select(at => at - clickedAt).Where(delay => delay <= timeout.TotalMilliseconds).Select(delay => delay!.Value).ToList();
        return (delays, pages.Count - delays.Count);
    }
}
