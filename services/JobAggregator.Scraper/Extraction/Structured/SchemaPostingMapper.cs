using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.Structured;

/// <summary>A schema.org JobPosting item as a draft, whichever syntax (JSON-LD, microdata, RDFa) the page wrote it in.
/// </summary>
internal static class SchemaPostingMapper
{
    /// <summary>Every property the mapper reads, on the posting or on the items nested in it.</summary>
    private static readonly HashSet<string> ReadProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "name", "legalName", "hiringOrganization", "jobLocation", "jobLocationType", "applicantLocationRequirements", "address",
        "addressLocality", "addressRegion", "addressCountry", "employmentType", "baseSalary", "estimatedSalary", "salaryCurrency", "currency",
        "value", "minValue", "maxValue", "unitText", "datePosted", "validThrough", "description", "url", "directApply", "potentialAction",
        "target", "urlTemplate",
    };

    /// <summary>True when the mapper reads <paramref name="property"/>: a reader may leave the others out.</summary>
    public static bool Reads(string property) => ReadProperties.Contains(property);

    /// <summary>The items' drafts that have a title, each posting once.</summary>
    public static IReadOnlyList<PostingDraft> ToDrafts(IEnumerable<SchemaItem> postings, Uri pageUrl) =>
        postings.Select(p => ToDraft(p, pageUrl)).Where(d => !string.IsNullOrWhiteSpace(d.Title)).Distinct().ToList();

    public static PostingDraft ToDraft(SchemaItem posting, Uri pageUrl)
    {
        var pay = posting.First("baseSalary") ?? posting.First("estimatedSalary");
        var url = Links.Resolve(pageUrl, posting.Text("url"));
        return new PostingDraft
        {
            Title = WithoutOwnTown(posting.Text("title") ?? posting.Text("name"), posting),
            Organization = NameOf(posting.All("hiringOrganization")),
            Location = Location(posting),
            EmploymentType = Join(posting.All("employmentType")),
            Salary = Salary(pay, posting.Text("salaryCurrency")),
            SalaryText = pay is { Item: null, Text: { } text } && StatedAmount.Parse(text) is null ? text : null,
            DatePosted = posting.Text("datePosted"),
            ValidThrough = posting.Text("validThrough"),
            DescriptionHtml = Description(posting.First("description")),
            Url = url,
            // An ad that is applied to on its own page says so with directApply rather than an ApplyAction.
            ApplyUrl = Links.Resolve(pageUrl, ApplyTarget(posting))
                ?? (string.Equals(posting.Text("directApply"), "true", StringComparison.OrdinalIgnoreCase) ? url : null),
            FoundOn = pageUrl,
        };
    }

    /// <summary>An ApplyAction's target: a URL, or an EntryPoint's <c>urlTemplate</c> or <c>url</c>.</summary>
    // The mapper runs for every posting of every page that has schema.org data: loops rather than LINQ chains.
    private static string? ApplyTarget(SchemaItem posting)
    {
        foreach (var action in posting.All("potentialAction"))
        {
            foreach (var target in action.Item?.All("target") ?? [])
            {
                var url = target.Item is { } entry ? entry.Text("urlTemplate") ?? entry.Text("url") : target.Text;
                if (!string.IsNullOrWhiteSpace(url))
                {
                    return url;
                }
            }
        }

        return null;
    }

    private static string? NameOf(IReadOnlyList<SchemaValue> values)
    {
        foreach (var value in values)
        {
            if ((value.Item is { } item ? item.Text("name") ?? item.Text("legalName") : value.Text) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The title without a dash and the posting's own town at its end ("Coordinador(a) de defensa – Guadalajara"
    /// where the jobLocation is Guadalajara): the town is the place, as a page's "Staff Lawyer – Toronto" heading's is.</summary>
    private static string? WithoutOwnTown(string? title, SchemaItem posting)
    {
        if (title is null)
        {
            return null;
        }

        foreach (var place in posting.All("jobLocation"))
        {
            var address = place.Item?.First("address")?.Item ?? place.Item;
            if (address?.Text("addressLocality") is not { Length: > 0 } town || !title.EndsWith(town, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var head = title.AsSpan(0, title.Length - town.Length).TrimEnd();
            if (head.Length > 1 && head[^1] is '–' or '—' or '-' && char.IsWhiteSpace(title[head.Length - 2]))
            {
                return head[..^1].TrimEnd().ToString();
            }
        }

        return title;
    }

    private static string? Location(SchemaItem posting)
    {
        var places = new List<string>();
        AddPlaces(places, posting.All("jobLocation"));
        if (posting.Text("jobLocationType") is not { } type || !type.Contains("TELECOMMUTE", StringComparison.OrdinalIgnoreCase))
        {
            return places.Count == 0 ? null : string.Join("; ", places);
        }

        // Google's guidelines have a post that may be worked from home or from an office give both the office and
        // TELECOMMUTE: the office is the place, and the post is remote as well ("Atlanta, GA or Remote").
        if (places.Count > 0)
        {
            return string.Join("; ", places) + " or Remote";
        }

        // "Remote - United States" keeps both facts the normaliser reads: the post is remote, and where applicants
        // must live.
        var where = new List<string>();
        AddPlaces(where, posting.All("applicantLocationRequirements"));
        return where.Count == 0 ? "Remote" : "Remote - " + string.Join("; ", where);
    }

    private static void AddPlaces(List<string> places, IReadOnlyList<SchemaValue> values)
    {
        foreach (var value in values)
        {
            if (PlaceText(value) is { } place && !places.Contains(place))
            {
                places.Add(place);
            }
        }
    }

    private static string? PlaceText(SchemaValue value)
    {
        if (value.Item is not { } place)
        {
            return value.Text;
        }

        var address = place.First("address");
        if (address is { Item: null })
        {
            return address.Text ?? place.Text("name");
        }

        // Some pages put the PostalAddress's parts straight in the Place.
        var parts = address?.Item ?? (place.Text("addressLocality") is not null || place.All("addressCountry").Count > 0 ? place : null);
        if (parts is null)
        {
            return place.Text("name");
        }

        return JoinParts(parts.Text("addressLocality"), parts.Text("addressRegion"), NameOf(parts.All("addressCountry"))) ?? place.Text("name");
    }

    /// <summary>A MonetaryAmount (its value a number or a QuantitativeValue with a range), or a bare number in the
    /// posting's salaryCurrency.</summary>
    private static ScrapedSalary? Salary(SchemaValue? pay, string? postingCurrency)
    {
        if (pay?.Item is not { } amount)
        {
            return StatedAmount.Parse(pay?.Text) is { } bare ? new ScrapedSalary(bare, bare, postingCurrency, null) : null;
        }

        var currency = amount.Text("currency") ?? postingCurrency;
        var range = amount.Item("value") ?? amount;
        var exact = AmountOf(range.Text("value"));
        var min = AmountOf(range.Text("minValue"));
        var max = AmountOf(range.Text("maxValue"));
        var low = min ?? exact;
        var high = max ?? (min is null ? exact : null);
        return low is null && high is null ? null : new ScrapedSalary(low, high, currency, range.Text("unitText") ?? amount.Text("unitText"));
    }

    /// <summary>A QuantitativeValue's number, also where the page wrote it with its currency ("$48.50", "€ 3.200",
    /// "US$ 21", "42000 EUR") although schema.org asks for a bare number.</summary>
    private static decimal? AmountOf(string? text)
    {
        var span = text.AsSpan();
        var first = span.IndexOfAnyInRange('0', '9');
        if (first < 0)
        {
            return null;
        }

        var last = span.LastIndexOfAnyInRange('0', '9');
        return IsCurrencyMark(span[..first]) && IsCurrencyMark(span[(last + 1)..]) ? StatedAmount.Parse(span[first..(last + 1)].ToString()) : null;
    }

    /// <summary>Nothing, or a currency's sign or code around an amount: signs, spaces and at most three letters.</summary>
    private static bool IsCurrencyMark(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetter(c))
            {
                letters++;
            }
            else if (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.CurrencySymbol)
            {
                return false;
            }
        }

        return letters <= 3;
    }

    private static string? Description(SchemaValue? value) => value switch
    {
        { Html: { } html } when !string.IsNullOrWhiteSpace(html) => html.Trim(),
        { Text: { } text } => PlainText.AsHtml(text),
        _ => null,
    };

    private static string? JoinParts(string? locality, string? region, string? country)
    {
        var text = locality;
        foreach (var part in (ReadOnlySpan<string?>)[region, country])
        {
            text = part is null ? text : text is null ? part : text + ", " + part;
        }

        return text;
    }

    private static string? Join(IReadOnlyList<SchemaValue> values)
    {
        List<string>? distinct = null;
        foreach (var value in values)
        {
            if (value.Text is { } text && !string.IsNullOrWhiteSpace(text) && distinct?.Contains(text) != true)
            {
                (distinct ??= []).Add(text);
            }
        }

        return distinct is null ? null : string.Join(", ", distinct);
    }
}
