using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Deque.AxeCore.Playwright;
using JobAggregator.Scraper.Extraction;
using Microsoft.Playwright;

namespace JobAggregator.EndToEnd.Tests.Web;

/// <summary>The job seekers' web page, in a real browser against the running demo after its first scrape.</summary>
public sealed class WebPageTests(ScrapedDemoFixture demo, Chromium chromium)
    : IClassFixture<ScrapedDemoFixture>, IClassFixture<Chromium>
{
    private const string OhioTitle = "Assistant Public Defender 2 – Wrongful Conviction Project";
    private readonly Uri _site = demo.Demo.Api.BaseAddress!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_front_page_lists_the_nine_open_seed_openings_with_organisation_and_place()
    {
        var page = await OpenAsync("/");

        var rows = page.Locator("ol.jobs > li");
        Assert.Equal(9, await rows.CountAsync());
        Assert.Equal(9, demo.Jobs.Length);
        var text = await page.Locator("ol.jobs").InnerTextAsync();
        Assert.All(demo.Jobs, job => Assert.Contains(job.GetProperty("title").GetString()!, text, StringComparison.Ordinal));
        Assert.DoesNotContain(OhioTitle, text, StringComparison.Ordinal);
        var fellowship = rows.Filter(new() { HasText = "Post-Graduate Fellowship Program" });
        Assert.Contains("Korey Wise Innocence Project", await fellowship.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("9 openings", await page.Locator("#results-heading").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searching_narrows_the_list_to_what_the_api_finds_and_the_address_carries_the_search()
    {
        var page = await OpenAsync("/");

        await page.GetByLabel("Search", new() { Exact = true }).FillAsync("attorney");
        await page.Locator("#employmentType input[value=FULL_TIME]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show openings" }).ClickAsync();

        Assert.Contains("q=attorney", page.Url, StringComparison.Ordinal);
        Assert.Contains("employmentType=FULL_TIME", page.Url, StringComparison.Ordinal);
        var expected = await demo.Demo.Api.GetFromJsonAsync<JsonElement>("/api/jobs?q=attorney&employmentType=FULL_TIME&pageSize=100", Ct);
        var titles = expected.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("title").GetString()!).Order().ToList();
        Assert.InRange(titles.Count, 1, 8);
        Assert.Equal(titles, (await page.Locator("ol.jobs > li h2").AllInnerTextsAsync()).Order().ToList());
        Assert.Equal("attorney", await page.GetByLabel("Search", new() { Exact = true }).InputValueAsync());
    }

    [Fact]
    public async Task Choosing_a_filter_changes_the_counts_beside_the_others_to_what_the_api_counts()
    {
        var page = await OpenAsync("/");
        var before = await ChoiceTextsAsync(page, "organization");
        var everything = await demo.Demo.Api.GetFromJsonAsync<JsonElement>("/api/jobs?pageSize=1", Ct);
        Assert.All(FacetTexts(everything, "organization"), text => Assert.Contains(text, before));

        await page.Locator("#employmentType input[value=FULL_TIME]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show openings" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("employmentType=FULL_TIME", StringComparison.Ordinal));

        var after = await ChoiceTextsAsync(page, "organization");
        var fullTime = await demo.Demo.Api.GetFromJsonAsync<JsonElement>("/api/jobs?employmentType=FULL_TIME&pageSize=1", Ct);
        Assert.All(FacetTexts(fullTime, "organization"), text => Assert.Contains(text, after));
        Assert.NotEqual(before, after);
        Assert.Equal(
            fullTime.GetProperty("total").GetInt32(),
            after.Select(text => System.Text.RegularExpressions.Regex.Match(text, @"\((\d+)\)$"))
                .Where(count => count.Success)
                .Sum(count => int.Parse(count.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        // The type's own counts ignore the type chosen, so every other type stays one choice away.
        Assert.Equal(await ChoiceTextsAsync(page, "employmentType"), ["Any type", .. EmploymentTypesWithCounts(everything)]);
        Assert.True(await page.Locator("#employmentType input[value=FULL_TIME]").IsCheckedAsync());
    }

    /// <summary>The text of each radio button of one filter, "Any type" then "Full-time (4)", including those behind
    /// "more".</summary>
    private static async Task<IReadOnlyList<string>> ChoiceTextsAsync(IPage page, string filter) =>
        (await page.Locator($"#{filter} label").AllTextContentsAsync())
            .Select(text => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim())
            .ToList();

    /// <summary>"Innocence Project (2)": how the page shows each value of a facet of an <c>/api/jobs</c> answer.</summary>
    private static IEnumerable<string> FacetTexts(JsonElement list, string facet) =>
        list.GetProperty("facets").GetProperty(facet).EnumerateArray().Select(value =>
            $"{(value.TryGetProperty("label", out var label) ? label : value.GetProperty("value")).GetString()} ({value.GetProperty("count").GetInt32()})");

    private static IEnumerable<string> EmploymentTypesWithCounts(JsonElement list)
    {
        var counts = list.GetProperty("facets").GetProperty("employmentType").EnumerateArray()
            .ToDictionary(value => value.GetProperty("value").GetString()!, value => value.GetProperty("count").GetInt32());
        // A type that would give nothing is no choice.
        return Contracts.EmploymentTypes.All
            .Where(type => counts.GetValueOrDefault(type) > 0)
            .Select(type => $"{Api.Pages.PageText.EmploymentType(type)} ({counts[type]})");
    }

    [Fact]
    public async Task A_bad_filter_value_is_named_beside_its_field_with_status_400()
    {
        using var response = await demo.Demo.Api.GetAsync("/?country=USA&minSalary=lots", Ct);
        var html = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("country must be", html.QuerySelector("#country-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("country-error", html.QuerySelector("#country")?.GetAttribute("aria-describedby"));
        Assert.Contains("minSalary", html.QuerySelector("#minSalary-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_open_opening_page_carries_JobPosting_markup_that_the_project_s_own_extractor_reads_back()
    {
        foreach (var job in demo.Jobs)
        {
            var id = job.GetProperty("id").GetString()!;
            var address = new Uri(_site, $"/jobs/{Uri.EscapeDataString(id)}");
            var html = new HtmlParser().ParseDocument(await demo.Demo.Api.GetStringAsync(address, Ct));
            var scripts = html.QuerySelectorAll("script[type='application/ld+json']");
            if (job.GetProperty("extractedBy").GetString() is "json-ld" or "microdata" or "rdfa")
            {
                Assert.Empty(scripts);
                Assert.Equal(job.GetProperty("url").GetString(), html.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
                continue;
            }

            var draft = Assert.Single(JsonLdExtractor.Extract(html, address));
            Assert.Equal(job.GetProperty("title").GetString(), draft.Title);
            Assert.Equal(job.GetProperty("organization").GetProperty("name").GetString(), draft.Organization);
            Assert.False(string.IsNullOrWhiteSpace(draft.DescriptionHtml), $"{id}: no description");
            Assert.NotNull(draft.DatePosted);
            using var markup = JsonDocument.Parse(Assert.Single(scripts).TextContent);
            var posting = markup.RootElement;
            Assert.Equal("JobPosting", posting.GetProperty("@type").GetString());
            Assert.True(
                posting.TryGetProperty("jobLocation", out var location)
                    ? location.GetProperty("address").GetProperty("addressCountry").GetString() is { Length: 2 }
                    : posting.GetProperty("jobLocationType").GetString() == "TELECOMMUTE" && posting.TryGetProperty("applicantLocationRequirements", out _),
                $"{id}: neither a jobLocation with its country nor TELECOMMUTE with the applicants' location: {posting}");
            Assert.Equal(address.AbsoluteUri, html.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Following_an_opening_s_apply_link_opens_the_member_s_own_page()
    {
        var page = await OpenAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Chief Communications Officer" }).ClickAsync();
        var apply = page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Apply on") });
        Assert.Equal("nofollow noopener", await apply.GetAttributeAsync("rel"));

        var response = await page.RunAndWaitForResponseAsync(() => apply.ClickAsync(), r => r.Url.Contains("chief-communications-officer", StringComparison.Ordinal));

        Assert.Equal(200, response.Status);
        Assert.Contains("/innocence-project/careers/chief-communications-officer/", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_opening_answers_410_with_when_and_why_it_closed_and_is_not_indexed()
    {
        var ohio = demo.AllJobs.Single(j => j.GetProperty("title").GetString() == OhioTitle);
        using var response = await demo.Demo.Api.GetAsync($"/jobs/{Uri.EscapeDataString(ohio.GetProperty("id").GetString()!)}", Ct);
        var html = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("noindex", html.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Empty(html.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Contains("its closing date passed", html.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
        Assert.Null(html.QuerySelector("a.apply"));
        Assert.NotEmpty(html.QuerySelectorAll("#similar-heading + ul a"));
    }

    [Fact]
    public async Task An_unknown_opening_or_organisation_answers_404_with_a_page()
    {
        using var job = await demo.Demo.Api.GetAsync("/jobs/no-such-opening", Ct);
        using var organization = await demo.Demo.Api.GetAsync("/organizations/no-such-organisation", Ct);

        Assert.Equal(HttpStatusCode.NotFound, job.StatusCode);
        var page = new HtmlParser().ParseDocument(await job.Content.ReadAsStringAsync(Ct));
        Assert.Equal("There is no opening with the id 'no-such-opening'.", page.QuerySelector("main p")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, organization.StatusCode);
    }

    [Fact]
    public async Task The_organisations_page_lists_each_member_with_its_open_positions_and_links_to_its_page()
    {
        var page = await OpenAsync("/organizations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Innocence Project", Exact = true }).ClickAsync();

        Assert.Contains("2 open positions", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("ol.jobs > li").CountAsync());
        Assert.NotNull(await page.GetByRole(AriaRole.Link, new() { Name = "Chief Communications Officer" }).GetAttributeAsync("href"));
    }

    [Fact]
    public async Task On_a_phone_the_first_screen_shows_openings_and_the_filters_open_from_the_keyboard_while_a_wide_screen_shows_them_beside_the_list()
    {
        var phone = await OpenAsync("/", 375, 667);
        // Which opening is first varies with the order runs finish in, and so does how many lines its details take:
        // its title, the link a reader follows, must be on the first screen.
        var first = await phone.Locator("ol.jobs > li").First.Locator("a").First.BoundingBoxAsync();
        Assert.NotNull(first);
        Assert.True(first.Y + first.Height <= 667, $"The first opening's title ends {first.Y + first.Height} px down a 667 px screen.");
        var typeFilter = phone.Locator("#employmentType legend");
        Assert.False(await typeFilter.IsVisibleAsync());
        await phone.Locator("details.filter-panel > summary").FocusAsync();
        await phone.Keyboard.PressAsync("Enter");
        Assert.True(await typeFilter.IsVisibleAsync());
        await phone.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, "feed-filters-open-375.png"), FullPage = true });

        var wide = await OpenAsync("/", 1280);
        Assert.False(await wide.Locator("details.filter-panel > summary").IsVisibleAsync());
        Assert.True(await wide.Locator("#employmentType legend").IsVisibleAsync());
        var typeBox = await wide.Locator("#employmentType").BoundingBoxAsync();
        var listBox = await wide.Locator("ol.jobs").BoundingBoxAsync();
        Assert.True(typeBox!.X + typeBox.Width <= listBox!.X, "The filters sit left of the list.");
    }

    [Fact]
    public async Task The_keyboard_alone_reaches_the_search_and_then_an_opening()
    {
        var page = await OpenAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await TabUntilAsync(page, "document.activeElement.id === 'q'");
        await page.Keyboard.TypeAsync("litigation");
        await PressEnterAndWaitForAsync(page, "q=litigation");
        await TabUntilAsync(page, "document.activeElement.closest('ol.jobs') !== null");
        var chosen = await page.EvaluateAsync<string>("document.activeElement.textContent");
        await PressEnterAndWaitForAsync(page, "/jobs/");

        var found = await demo.Demo.Api.GetFromJsonAsync<JsonElement>("/api/jobs?q=litigation&pageSize=1", Ct);
        Assert.Equal(found.GetProperty("items")[0].GetProperty("title").GetString(), chosen);
        Assert.Equal(chosen, await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Every_page_has_no_serious_or_critical_accessibility_violation_and_fits_375_and_1280_pixels()
    {
        var opening = demo.Jobs.First(j => j.GetProperty("title").GetString() == "Chief Communications Officer").GetProperty("id").GetString()!;
        var pages = new Dictionary<string, string>
        {
            ["feed"] = "/",
            ["search"] = "/?q=attorney&sort=closing",
            ["opening"] = $"/jobs/{Uri.EscapeDataString(opening)}",
            ["organizations"] = "/organizations",
            ["organization"] = "/organizations/innocence-project",
        };
        var problems = new List<string>();
        foreach (var width in new[] { 375, 1280 })
        {
            foreach (var (name, path) in pages)
            {
                var page = await OpenAsync(path, width);
                var axe = await page.RunAxe();
                problems.AddRange(axe.Violations
                    .Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{path} at {width} px: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
                if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"))
                {
                    problems.Add($"{path} at {width} px scrolls sideways");
                }

                await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, $"{name}-{width}.png"), FullPage = true });
            }
        }

        Assert.Empty(problems);
    }

    private async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900)
    {
        var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = _site.AbsoluteUri });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.True(response?.Ok, $"{path} answered {response?.Status}");
        return page;
    }

    /// <summary>Presses Enter where the focus is and waits for the page it leads to, whose address holds
    /// <paramref name="addressPart"/>.</summary>
    private static async Task PressEnterAndWaitForAsync(IPage page, string addressPart)
    {
        var focused = await page.EvaluateAsync<string>("document.activeElement.outerHTML");
        var arrived = page.WaitForURLAsync(url => url.Contains(addressPart, StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        try
        {
            await arrived;
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"Enter on {focused} at {page.Url} did not lead to an address with '{addressPart}'.", e);
        }
    }

    private static async Task TabUntilAsync(IPage page, string focusCondition)
    {
        for (var presses = 0; presses < 40; presses++)
        {
            if (await page.EvaluateAsync<bool>(focusCondition))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"40 presses of Tab never reached the element where {focusCondition}");
    }
}
