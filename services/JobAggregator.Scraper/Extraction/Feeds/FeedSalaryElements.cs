using System.Text.RegularExpressions;
using System.Xml.Linq;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>Pay a feed states in elements of its own (<c>&lt;salary_min&gt;</c>, <c>&lt;job:salaryMax&gt;</c>,
/// <c>&lt;salary_currency&gt;</c>, <c>&lt;salary_period&gt;</c>), as a pay element (<see cref="FeedFieldNames.Salary"/>:
/// <c>&lt;salary&gt;</c>, <c>&lt;salaris&gt;</c>, <c>&lt;gehalt&gt;</c>) holding <c>&lt;min&gt;</c>/<c>&lt;max&gt;</c>
/// children, or as that element's attributes (<c>&lt;salaris min="3200" max="4100" periode="maand"&gt;</c>).</summary>
internal static partial class FeedSalaryElements
{
    private static readonly string[] Min = ["salarymin", "minsalary", "salaryfrom", "minimumsalary", "paymin", "min", "minimum", "from", "minvalue", "van", "von", "desde"];
    private static readonly string[] Max = ["salarymax", "maxsalary", "salaryto", "maximumsalary", "paymax", "max", "maximum", "to", "maxvalue", "tot", "bis", "hasta"];
    private static readonly string[] Single = ["value", "amount", "bedrag", "betrag", "montant", "importe", "importo", "valor"];
    private static readonly string[] Currency = ["salarycurrency", "currency", "paycurrency", "valuta", "wahrung", "waehrung", "devise", "moneda", "moeda"];

    private static readonly string[] Period =
    [
        "salaryperiod", "salarytype", "salaryunit", "salaryinterval", "payperiod", "period", "unit", "unittext", "per", "periode", "periodo",
        "zeitraum", "periodicite", "periodicidad", "periodicita", "periodicidade",
    ];

    /// <summary>The amounts the item's elements state, or null when they state none.</summary>
    public static ScrapedSalary? Of(XElement item)
    {
        var pay = item.Elements().Where(e => FeedFieldNames.Salary.Contains(FeedFieldNames.Compact(e.Name.LocalName))).ToList();
        var fields = item.Elements()
            .Concat(pay.SelectMany(e => e.Elements()))
            .Select(e => (Name: FeedFieldNames.Compact(e.Name.LocalName), Value: e.HasElements ? null : e.Value.Trim()))
            .Where(f => !string.IsNullOrEmpty(f.Value))
            .ToList();

        string? Find(string[] names) => First(fields, names);

        var min = Amount(Find(Min));
        var max = Amount(Find(Max));
        if (min is null && max is null)
        {
            return pay.Select(Attributes).FirstOrDefault(s => s is not null);
        }

        return new ScrapedSalary(min, max, Find(Currency)?.ToUpperInvariant(), Find(Period)?.ToUpperInvariant());
    }

    /// <summary>Amounts a pay element states as attributes: <c>min</c>/<c>max</c> (or <c>minValue</c>/<c>maxValue</c>,
    /// or one <c>value</c>), <c>currency</c>, <c>period</c> (or <c>unit</c>), in the network's languages too.</summary>
    public static ScrapedSalary? Attributes(XElement salary)
    {
        var attributes = salary.Attributes()
            .Select(a => (Name: FeedFieldNames.Compact(a.Name.LocalName), Value: a.Value.Trim()))
            .Where(a => a.Value.Length > 0)
            .Select(a => (a.Name, Value: (string?)a.Value))
            .ToList();

        string? Find(string[] names) => First(attributes, names);

        var single = Amount(Find(Single));
        var min = Amount(Find(Min)) ?? single;
        var max = Amount(Find(Max)) ?? single;
        return min is null && max is null ? null : new ScrapedSalary(min, max, Find(Currency)?.ToUpperInvariant(), Find(Period)?.ToUpperInvariant());
    }

    /// <summary>The value of the first of <paramref name="names"/> (in their order of preference) that a field has.</summary>
    private static string? First(List<(string Name, string? Value)> fields, string[] names) =>
        names.Select(n => fields.FirstOrDefault(f => f.Name == n).Value).FirstOrDefault(v => v is not null);

    // "€ 3.800,00", "$45,000": the currency and spaces around the digits are no part of the amount.
    private static decimal? Amount(string? text) =>
        text is not null && StatedAmount.Parse(NotNumber().Replace(text, "")) is { } value && value > 0 ? value : null;

    [GeneratedRegex(@"[^\d.,]")]
    private static partial Regex NotNumber();
}
