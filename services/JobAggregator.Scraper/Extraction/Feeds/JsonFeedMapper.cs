using System.Net;
using System.Text.Json;
using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>Reads a JSON Feed (1.0, 1.1) as drafts, with job fields from its extension objects (any member whose name
/// starts with an underscore, such as <c>_job</c>) and the employment type and town some feeds give as tags.</summary>
internal static class JsonFeedMapper
{
    public const string JsonFeed = "json-feed";

    public static bool IsJsonFeed(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("version", out var version)
        && version.ValueKind == JsonValueKind.String
        && version.GetString()!.Contains("jsonfeed.org/version", StringComparison.OrdinalIgnoreCase);

    /// <summary>The feed's items (the first <paramref name="maxItems"/>) and its next page.</summary>
    public static (IReadOnlyList<PostingDraft> Postings, IReadOnlyList<Uri> NextPages) Map(JsonElement root, Uri feedUrl, int maxItems = int.MaxValue)
    {
        var organization = AuthorName(root) ?? SiteName.FromTitle(String(root, "title"));
        var postings = root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
            ? JobBoardTitles.Split(items.EnumerateArray()
                .Where(i => i.ValueKind == JsonValueKind.Object)
                .Take(maxItems)
                .Select(i => FeedProse.Complete(ToDraft(i, feedUrl, organization)))
                .Where(d => !string.IsNullOrWhiteSpace(d.Title))
                .ToList(), organization)
            : [];
        var next = Links.Resolve(feedUrl, String(root, "next_url"));
        return (postings, next is null ? [] : [next]);
    }

    private static PostingDraft ToDraft(JsonElement item, Uri feedUrl, string? feedOrganization)
    {
        var fields = new FoundFields();
        ScrapedSalary? salary = null;
        string? organization = null;
        foreach (var extension in item.EnumerateObject().Where(p => p.Name.StartsWith('_') && p.Value.ValueKind == JsonValueKind.Object))
        {
            foreach (var member in extension.Value.EnumerateObject())
            {
                var kind = FeedFieldNames.KindOf(member.Name);
                if (kind == FieldKind.Salary && member.Value.ValueKind == JsonValueKind.Object)
                {
                    salary ??= SalaryObject(member.Value);
                    fields.Set(kind, String(member.Value, "text"));
                }
                else if (kind == FieldKind.Organization)
                {
                    organization ??= Scalar(member.Value);
                }
                else
                {
                    fields.Set(kind, Scalar(member.Value));
                }
            }
        }

        if (item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array)
        {
            foreach (var tag in tags.EnumerateArray().Select(Scalar).OfType<string>())
            {
                if (FieldLabels.EmploymentTypeLength(tag) > 0)
                {
                    fields.Set(FieldKind.EmploymentType, tag);
                }
                else if (FeedTermPlace.Names(tag))
                {
                    fields.Set(FieldKind.Location, tag);
                }
            }
        }

        var title = String(item, "title");
        return new PostingDraft
        {
            Title = title is null ? null : PlainText.Collapse(WebUtility.HtmlDecode(title)),
            Organization = organization ?? feedOrganization,
            Location = fields.Location,
            EmploymentType = fields.EmploymentType,
            Salary = salary,
            SalaryText = fields.Salary,
            DatePosted = String(item, "date_published") ?? fields.DatePosted ?? String(item, "date_modified"),
            ValidThrough = fields.ValidThrough,
            DescriptionHtml = String(item, "content_html") ?? PlainText.AsHtml(String(item, "content_text")) ?? PlainText.AsHtml(String(item, "summary")),
            Url = Links.Resolve(feedUrl, String(item, "url") ?? String(item, "external_url")),
            FoundOn = feedUrl,
        };
    }

    private static string? AuthorName(JsonElement root)
    {
        if (root.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            return authors.EnumerateArray().Select(a => String(a, "name")).FirstOrDefault(n => n is not null);
        }

        return root.TryGetProperty("author", out var author) ? String(author, "name") : null;
    }

    private static ScrapedSalary? SalaryObject(JsonElement salary)
    {
        decimal? Number(params string[] names) => names
            .Select(n => salary.TryGetProperty(n, out var v) ? v : (JsonElement?)null)
            .Select(v => v switch
            {
                { ValueKind: JsonValueKind.Number } n when n.TryGetDecimal(out var d) => d,
                { ValueKind: JsonValueKind.String } s => StatedAmount.Parse(s.GetString()),
                _ => (decimal?)null,
            })
            .FirstOrDefault(d => d is not null);

        var single = Number("value", "amount");
        var min = Number("min", "minValue", "minimum") ?? single;
        var max = Number("max", "maxValue", "maximum") ?? single;
        return min is null && max is null
            ? null
            : new ScrapedSalary(min, max, String(salary, "currency")?.ToUpperInvariant(), (String(salary, "period") ?? String(salary, "unit"))?.ToUpperInvariant());
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => PlainText.Collapse(value.GetString()),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => PlainText.Collapse(string.Join(", ", value.EnumerateArray().Select(Scalar).OfType<string>())),
        _ => null,
    };

    private static string? String(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? PlainText.Collapse(value.GetString())
            : null;
}
