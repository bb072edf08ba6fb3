using System.Text.RegularExpressions;
using System.Xml.Linq;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>Pay a feed states in elements of its own (<c>&lt;salary_min&gt;</c>, <c>&lt;job:salaryMax&gt;</c>,
/// <c>&lt;salary_currency&gt;</c>, <c>&lt;salary_period&gt;</c>), or as a <c>&lt;salary&gt;</c> element holding
/// <c>&lt;min&gt;</c>/<c>&lt;max&gt;</c> children.</summary>
internal static partial class FeedSalaryElements
{
    /// <summary>The amounts the item's elements state, or null when they state none.</summary>
    public static ScrapedSalary? Of(XElement item)
    {
        var fields = item.Elements()
            .Concat(item.Elements().Where(e => Compact(e.Name.LocalName) is "salary" or "compensation" or "pay").SelectMany(e => e.Elements()))
            .Select(e => (Name: Compact(e.Name.LocalName), Value: e.HasElements ? null : e.Value.Trim()))
            .Where(f => !string.IsNullOrEmpty(f.Value))
            .ToList();

        string? Find(params string[] names) => fields.FirstOrDefault(f => names.Contains(f.Name)).Value;

        var min = Amount(Find("salarymin", "minsalary", "salaryfrom", "minimumsalary", "paymin", "min", "minimum", "from", "minvalue"));
        var max = Amount(Find("salarymax", "maxsalary", "salaryto", "maximumsalary", "paymax", "max", "maximum", "to", "maxvalue"));
        if (min is null && max is null)
        {
            return null;
        }

        var currency = Find("salarycurrency", "currency", "paycurrency")?.ToUpperInvariant();
        var period = Find("salaryperiod", "salarytype", "salaryunit", "salaryinterval", "payperiod", "period", "unit", "unittext", "per");
        return new ScrapedSalary(min, max, currency, period?.ToUpperInvariant());
    }

    // "€ 3.800,00", "$45,000": the currency and spaces around the digits are no part of the amount.
    private static decimal? Amount(string? text) =>
        text is not null && StatedAmount.Parse(NotNumber().Replace(text, "")) is { } value && value > 0 ? value : null;

    private static string Compact(string name) => Separators().Replace(name, "").ToLowerInvariant();

    [GeneratedRegex(@"[-_.\s]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"[^\d.,]")]
    private static partial Regex NotNumber();
}
