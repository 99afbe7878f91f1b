using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SteeringDashboard.Core;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

/// <summary>
/// The as-of date chosen in the filter bar, from the calendar or typed, as a person does it: the page goes to that
/// date once and stays there (the picker used to bounce the page between the chosen and the previous date endlessly).
/// </summary>
public sealed class AsOfPickerBrowserTests(LiveSteeringApp app, BrowserFixture browser) : IClassFixture<LiveSteeringApp>
{
    private const string ReviewDate = "asof=2018-07-10";
    private const string ChosenDate = "asof=2018-06-30";

    [Theory]
    [InlineData("vi-VN", "/", "Tình hình thực hiện nhiệm vụ đến ngày 30/06/2018")]
    [InlineData("en-US", "/", "Assignments as of 30/06/2018")]
    [InlineData("en-US", "/tasks", "Plan 127/KH-BCD · as of 30/06/2018")]
    [InlineData("vi-VN", "/units/BA-DINH", "Tiến độ tính đến ngày 30/06/2018")]
    [InlineData("vi-VN", "/reports/matrix", "Báo cáo phải nộp và đã nhận theo đơn vị, tính đến ngày 30/06/2018")]
    [InlineData("en-US", "/plan", "as of 30/06/2018")]
    public async Task PickingADayInTheCalendarGoesToThatDateOnce(string locale, string path, string shownDate)
    {
        await using var context = await app.NewSignedInContextAsync(browser, locale);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync($"{path}?{ReviewDate}");
        var navigations = CountNavigations(page);
        var (openCalendar, previousMonth) = locale == "vi-VN" ? ("Mở lịch", "Tháng trước") : ("Open", "Previous month");

        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = openCalendar }).ClickAsync();
        var calendar = page.GetByRole(AriaRole.Dialog);
        await calendar.GetByRole(AriaRole.Button, new() { Name = previousMonth }).ClickAsync();
        await calendar.Locator("button.mud-day:not(.mud-hidden)").GetByText("30", new() { Exact = true }).ClickAsync();

        await AssertSettledOnChosenDateAsync(page, navigations, shownDate);
    }

    [Theory]
    [InlineData("vi-VN", "/", "Enter", "Tình hình thực hiện nhiệm vụ đến ngày 30/06/2018")]
    [InlineData("en-US", "/", "Tab", "Assignments as of 30/06/2018")]
    [InlineData("vi-VN", "/tasks", "Tab", "Kế hoạch 127/KH-BCD · tính đến ngày 30/06/2018")]
    [InlineData("en-US", "/tasks", "Enter", "Plan 127/KH-BCD · as of 30/06/2018")]
    public async Task TypingADateAndPressingEnterOrTabGoesToThatDateOnce(string locale, string path, string key, string shownDate)
    {
        await using var context = await app.NewSignedInContextAsync(browser, locale);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync($"{path}?{ReviewDate}");
        var navigations = CountNavigations(page);

        // The field of the interactive filter bar, once Enter applies a typed date (not the prerendered field, nor one a
        // reload of the bar is about to replace).
        var field = page.GetByRole(AriaRole.Search).Locator("[data-enter-applies]").GetByRole(AriaRole.Textbox);
        await field.FillAsync("30/06/2018");
        await field.PressAsync(key);

        await AssertSettledOnChosenDateAsync(page, navigations, shownDate);
    }

    [Theory]
    [InlineData("en-US", "/", "Assignments as of {0}", "Mid-year review (10/07/2018)", "Today")]
    [InlineData("vi-VN", "/tasks", "Kế hoạch 127/KH-BCD · tính đến ngày {0}", "Sơ kết 6 tháng (10/07/2018)", "Hôm nay")]
    [InlineData("vi-VN", "/reports/matrix", "Báo cáo phải nộp và đã nhận theo đơn vị, tính đến ngày {0}", "Sơ kết 6 tháng (10/07/2018)", "Hôm nay")]
    public async Task AScreenOpensOnTodayAndTheMidYearReviewIsOnePresetAway(string locale, string path, string shownDate, string review, string today)
    {
        await using var context = await app.NewSignedInContextAsync(browser, locale);
        var page = await context.NewPageAsync();
        var todayText = HanoiTime.DateOf(DateTime.UtcNow).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

        await page.GotoInteractiveAsync(path);

        await Expect(page.GetByText(string.Format(CultureInfo.InvariantCulture, shownDate, todayText)).First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("past-as-of")).ToHaveCountAsync(0);
        var filters = page.GetByRole(AriaRole.Search);
        await Expect(filters.GetByRole(AriaRole.Button, new() { Name = today, Exact = true })).ToBeDisabledAsync();

        await filters.GetByRole(AriaRole.Button, new() { Name = review, Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(ReviewDate)));
        await Expect(page.GetByText(string.Format(CultureInfo.InvariantCulture, shownDate, "10/07/2018")).First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("past-as-of")).ToBeVisibleAsync();
        await Expect(filters.GetByRole(AriaRole.Button, new() { Name = review, Exact = true })).ToBeDisabledAsync();

        await filters.GetByRole(AriaRole.Button, new() { Name = today, Exact = true }).ClickAsync();

        await Expect(page.GetByText(string.Format(CultureInfo.InvariantCulture, shownDate, todayText)).First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("past-as-of")).ToHaveCountAsync(0);
    }

    /// <summary>The addresses the page moved to from now on, including moves within the page (Blazor's pushState).</summary>
    private static List<string> CountNavigations(IPage page)
    {
        var addresses = new List<string>();
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                lock (addresses)
                {
                    addresses.Add(frame.Url);
                }
            }
        };
        return addresses;
    }

    private static async Task AssertSettledOnChosenDateAsync(IPage page, List<string> navigations, string shownDate)
    {
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(ChosenDate)));
        await Expect(page.GetByText(shownDate).First).ToBeVisibleAsync();

        // A bouncing picker moves the page dozens of times in a few seconds; a working one once.
        await page.WaitForTimeoutAsync(3000);
        lock (navigations)
        {
            var address = Assert.Single(navigations);
            Assert.Contains(ChosenDate, address, StringComparison.Ordinal);
        }

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(ChosenDate)));
        await Expect(page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Textbox)).ToHaveValueAsync("30/06/2018");
    }
}
