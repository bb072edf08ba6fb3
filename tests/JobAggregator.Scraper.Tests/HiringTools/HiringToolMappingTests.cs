using System.Globalization;
using System.Text.Json;
using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>Each hiring-tool response of the corpus mapped as if fetched from its URL, against its label.</summary>
public sealed class HiringToolMappingTests
{
    /// <summary>Tools whose API names the hiring organisation; the others leave it to the source.</summary>
    private static readonly HashSet<string> OrganizationFromApi =
        ["greenhouse", "workable", "smartrecruiters", "recruitee", "personio", "paylocity", "phenom", "icims", "comeet", "remoteok", "torre",
            "breezyhr", "adp", "polymer", "neogov", "jobscore", "jobylon", "homerun", "welcomekit", "softgarden", "join", "hrmos", "flatchr", "jobadder"];

    /// <summary>Tools whose API states pay as numbers; elsewhere pay is only in the description's text.</summary>
    private static readonly HashSet<string> StructuredPay = ["greenhouse", "lever", "ashby", "recruitee", "teamtailor", "remoteok", "torre", "adp", "pinpoint", "polymer", "neogov", "jobscore", "welcomekit", "softgarden", "bullhorn", "join", "flatchr", "jobadder"];

    /// <summary>Tools whose pay has no currency field: the normalizer takes it from the country.</summary>
    private static readonly HashSet<string> PayWithoutCurrency = ["bullhorn"];

    public static TheoryData<string, string> ResponseCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var corpusCase in HiringToolCorpus.OfKinds(HiringToolCorpus.ResponseKinds))
        {
            data.Add(corpusCase.Kind, corpusCase.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ResponseCases))]
    public async Task Maps_the_response_without_fetching_anything_but_ads_the_listing_lacks(string kind, string name)
    {
        var corpusCase = HiringToolCorpus.Case(kind, name);
        var fetcher = new RecordingPageFetcherFake();

        var outcome = await HiringToolRun.ExtractAsync(corpusCase.Page(), fetcher);

        Assert.NotNull(outcome);
        Assert.Equal(corpusCase.Strategy, outcome.Strategy);
        // SmartRecruiters, BambooHR, Workday and Rippling list no ads: each posting's own API is asked for one (none served
        // here). A Workday detail saved alone is its own ad.
        var listsNoAds = kind is "smartrecruiters" or "bamboohr" or "workday" or "rippling" or "polymer" or "oracle" && !IsWorkdayDetail(corpusCase);
        Assert.Equal(listsNoAds ? corpusCase.Postings.Count : 0, fetcher.Requested.Count);
        Assert.Equal(corpusCase.Postings.Count, outcome.Postings.Count);
    }

    [Theory]
    [MemberData(nameof(ResponseCases))]
    public async Task Gives_each_posting_its_title_url_and_organisation(string kind, string name)
    {
        var corpusCase = HiringToolCorpus.Case(kind, name);

        var outcome = await HiringToolRun.ExtractAsync(corpusCase.Page());

        foreach (var (label, draft) in corpusCase.Postings.Zip(outcome!.Postings))
        {
            Assert.Equal(Text(label, "title"), draft.Title);
            Assert.Equal(Text(label, "url"), draft.Url?.AbsoluteUri);
            // Personio's organisation is its optional <subcompany>, Workable's the widget answer's account "name" (the
            // careers page's API names none), a Workday detail's its hiringOrganization: an answer without one leaves it
            // to the source.
            var fromApi = OrganizationFromApi.Contains(kind)
                && (kind != "personio" || corpusCase.Page().Text.Contains("<subcompany>", StringComparison.Ordinal))
                && (kind != "workable" || corpusCase.Page().Text.Contains("\"name\"", StringComparison.Ordinal))
                || IsWorkdayDetail(corpusCase);
            Assert.Equal(fromApi ? Text(label, "organization") : null, draft.Organization);
            Assert.Equal(corpusCase.Url, draft.FoundOn);
        }
    }

    [Theory]
    [MemberData(nameof(ResponseCases))]
    public async Task Gives_the_first_publication_and_closing_dates_as_calendar_dates(string kind, string name)
    {
        var corpusCase = HiringToolCorpus.Case(kind, name);

        var outcome = await HiringToolRun.ExtractAsync(corpusCase.Page());

        foreach (var (label, draft) in corpusCase.Postings.Zip(outcome!.Postings))
        {
            Assert.Equal(Text(label, "datePosted"), draft.DatePosted);
            Assert.Equal(Text(label, "validThrough"), draft.ValidThrough);
        }
    }

    [Theory]
    [MemberData(nameof(ResponseCases))]
    public async Task Gives_pay_the_api_states_as_numbers_with_currency_and_period(string kind, string name)
    {
        var corpusCase = HiringToolCorpus.Case(kind, name);

        var outcome = await HiringToolRun.ExtractAsync(corpusCase.Page());

        foreach (var (label, draft) in corpusCase.Postings.Zip(outcome!.Postings))
        {
            var expected = label.GetProperty("salary");
            if (expected.ValueKind == JsonValueKind.Null || !StructuredPay.Contains(kind))
            {
                Assert.Null(draft.Salary);
                continue;
            }

            if (draft.Salary is null && draft.SalaryText is { } text)
            {
                // Pay stated only in the description's text (no pay block): the text holds the labelled amounts, which
                // the normaliser reads.
                Assert.Contains(Digits(Number(expected, "min")!.Value.ToString(CultureInfo.InvariantCulture)), Digits(text), StringComparison.Ordinal);
                continue;
            }

            Assert.NotNull(draft.Salary);
            Assert.Equal(Number(expected, "min"), draft.Salary.Min);
            Assert.Equal(Number(expected, "max"), draft.Salary.Max);
            Assert.Equal(PayWithoutCurrency.Contains(kind) ? null : Text(expected, "currency"), draft.Salary.Currency);
            Assert.Equal(Text(expected, "period"), draft.Salary.UnitText);
        }
    }

    [Theory]
    [MemberData(nameof(ResponseCases))]
    public async Task States_the_place_and_the_kind_of_job_where_the_api_does(string kind, string name)
    {
        var corpusCase = HiringToolCorpus.Case(kind, name);

        var outcome = await HiringToolRun.ExtractAsync(corpusCase.Page());

        foreach (var (label, draft) in corpusCase.Postings.Zip(outcome!.Postings))
        {
            if (Text(label, "location") is { } location)
            {
                Assert.StartsWith(location, draft.Location, StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                Assert.True(draft.Location is null or "Remote", $"{draft.Title}: {draft.Location}");
            }

            if (Text(label, "employmentType") is not null && kind != "paylocity")
            {
                Assert.False(string.IsNullOrWhiteSpace(draft.EmploymentType), draft.Title);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ResponseCases))]
    public async Task Recognises_a_saved_response_from_its_content_alone(string kind, string name)
    {
        var corpusCase = HiringToolCorpus.Case(kind, name);

        var outcome = await HiringToolRun.ExtractAsync(corpusCase.PageAt(new Uri("https://files.example.org/saved/response")));

        Assert.NotNull(outcome);
        Assert.Equal(corpusCase.Strategy, outcome.Strategy);
        Assert.Equal(corpusCase.Postings.Select(p => Text(p, "title")), outcome.Postings.Select(d => d.Title));
    }

    private static string? Text(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The digits of a text, separators and currency aside: "$21.50" and 21.5 both hold "215".</summary>
    private static string Digits(string text) => string.Concat(text.Where(char.IsAsciiDigit)).TrimEnd('0');

    private static decimal? Number(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? decimal.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    /// <summary>A Workday posting's cxs detail saved alone, not the list.</summary>
    private static bool IsWorkdayDetail(HiringToolCorpusCase corpusCase) =>
        corpusCase.Kind == "workday" && corpusCase.Page().Text.Contains("\"jobPostingInfo\"", StringComparison.Ordinal);
}
