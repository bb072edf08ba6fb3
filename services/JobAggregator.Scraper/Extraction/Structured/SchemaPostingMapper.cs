using System.Globalization;
using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.Structured;

/// <summary>A microdata or RDFa JobPosting item as a draft, read the way the JSON-LD extractor reads the same
/// vocabulary.</summary>
internal static class SchemaPostingMapper
{
    public static PostingDraft ToDraft(SchemaItem posting, Uri pageUrl) => new()
    {
        Title = posting.Text("title") ?? posting.Text("name"),
        Organization = NameOf(posting.All("hiringOrganization")),
        Location = Location(posting),
        EmploymentType = Join(posting.All("employmentType").Select(v => v.Text)),
        Salary = Salary(posting.Item("baseSalary") ?? posting.Item("estimatedSalary"), posting.Text("salaryCurrency")),
        SalaryText = posting.Item("baseSalary") is null ? posting.Text("baseSalary") : null,
        DatePosted = posting.Text("datePosted"),
        ValidThrough = posting.Text("validThrough"),
        DescriptionHtml = Description(posting.All("description") is { Count: > 0 } descriptions ? descriptions[0] : null),
        Url = Links.Resolve(pageUrl, posting.Text("url")),
        ApplyUrl = Links.Resolve(pageUrl, posting.Item("potentialAction")?.Text("target")),
        FoundOn = pageUrl,
    };

    private static string? NameOf(IEnumerable<SchemaValue> values) =>
        values.Select(v => v.Item is { } item ? item.Text("name") ?? item.Text("legalName") : v.Text).FirstOrDefault(n => n is not null);

    private static string? Location(SchemaItem posting)
    {
        var places = posting.All("jobLocation").Select(PlaceText).Where(t => t is not null).Distinct().ToList();
        if (posting.Text("jobLocationType") is not { } type || !type.Contains("TELECOMMUTE", StringComparison.OrdinalIgnoreCase))
        {
            return places.Count == 0 ? null : string.Join("; ", places);
        }

        var where = posting.All("applicantLocationRequirements").Select(PlaceText).Concat(places).Where(t => t is not null).Distinct().ToList();
        return where.Count == 0 ? "Remote" : "Remote - " + string.Join("; ", where);
    }

    private static string? PlaceText(SchemaValue value)
    {
        if (value.Item is not { } place)
        {
            return value.Text;
        }

        var address = place.Item("address") ?? (place.Text("addressLocality") is not null ? place : null);
        if (address is null)
        {
            return place.Text("address") ?? place.Text("name");
        }

        var parts = new[]
        {
            address.Text("addressLocality"),
            address.Text("addressRegion"),
            NameOf(address.All("addressCountry")),
        };
        var text = string.Join(", ", parts.Where(p => p is not null));
        return text.Length == 0 ? place.Text("name") : text;
    }

    private static ScrapedSalary? Salary(SchemaItem? amount, string? postingCurrency)
    {
        if (amount is null)
        {
            return null;
        }

        var currency = amount.Text("currency") ?? postingCurrency;
        if (amount.Item("value") is { } quantity)
        {
            var exact = Number(quantity.Text("value"));
            var min = Number(quantity.Text("minValue")) ?? exact;
            var max = Number(quantity.Text("maxValue")) ?? (Number(quantity.Text("minValue")) is null ? exact : null);
            return min is null && max is null ? null : new ScrapedSalary(min, max, currency, quantity.Text("unitText") ?? amount.Text("unitText"));
        }

        var single = Number(amount.Text("value"));
        var low = Number(amount.Text("minValue")) ?? single;
        var high = Number(amount.Text("maxValue")) ?? (Number(amount.Text("minValue")) is null ? single : null);
        return low is null && high is null ? null : new ScrapedSalary(low, high, currency, amount.Text("unitText"));
    }

    private static decimal? Number(string? text) =>
        text is not null && decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static string? Description(SchemaValue? value) => value switch
    {
        { Html: { } html } when !string.IsNullOrWhiteSpace(html) => html.Trim(),
        { Text: { } text } => PlainText.AsHtml(text),
        _ => null,
    };

    private static string? Join(IEnumerable<string?> values)
    {
        var distinct = values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToList();
        return distinct.Count == 0 ? null : string.Join(", ", distinct);
    }
}
