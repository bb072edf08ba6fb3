using System.Globalization;
using System.Text.RegularExpressions;
using Quartz;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace JobAggregator.Sources;

/// <summary>Maps the YAML tree of a sources file to source definitions by hand rather than by deserialisation, so
/// every problem can name the line and column of the node it concerns. Keeps going after a problem, so that one load
/// reports every problem in the file.</summary>
internal sealed partial class SourcesDocumentReader(Func<string, string?> resolveVariable)
{
    private const string SourcesKey = "sources";

    private static readonly string[] SourceFields =
    [
        "id", "organization", "url", "website", "aliases", "country", "language", "schedule", "strategy", "allowPrivateNetwork",
        "render", "selectors", "detail", "contact", "muteAlertsUntil",
    ];

    private static readonly string[] SelectorFields =
    [
        "item", "title", "organizationFromTitle", "link", "organization", "location", "employmentType", "salary",
        "datePosted", "validThrough", "description", "applyUrl", "nextPage",
    ];

    private static readonly string[] Strategies = ["auto", "css", "jsonld"];

    private readonly List<SourcesFileError> _errors = [];
    private readonly Dictionary<string, long> _idLines = new(StringComparer.Ordinal);

    public IReadOnlyList<SourcesFileError> Errors => _errors;

    public IReadOnlyList<SourceDefinition> Read(YamlStream stream)
    {
        if (stream.Documents.Count == 0)
        {
            _errors.Add(new SourcesFileError(1, 1, null, null, "the file has no content: expected a top-level 'sources' list"));
            return [];
        }

        if (stream.Documents.Count > 1)
        {
            Add(stream.Documents[1].RootNode, null, null,
                $"the file holds {stream.Documents.Count} YAML documents where one is expected: remove the '---' separators");
        }

        var rootNode = stream.Documents[0].RootNode;
        if (rootNode is not YamlMappingNode root)
        {
            Add(rootNode, null, null, $"expected a mapping with a top-level 'sources' list, found {Describe(rootNode)}");
            return [];
        }

        var topLevel = ReadFields(root, null, [SourcesKey], "");
        if (!topLevel.TryGetValue(SourcesKey, out var sourcesNode))
        {
            Add(root, null, SourcesKey, "missing: the file needs a top-level 'sources' list");
            return [];
        }

        if (sourcesNode is not YamlSequenceNode list)
        {
            Add(sourcesNode, null, SourcesKey, $"expected a list of sources, found {Describe(sourcesNode)}");
            return [];
        }

        if (list.Children.Count == 0)
        {
            Add(list, null, SourcesKey, "the list is empty: add at least one source");
            return [];
        }

        var definitions = new List<SourceDefinition>(list.Children.Count);
        for (var index = 0; index < list.Children.Count; index++)
        {
            if (ReadSource(list.Children[index], index + 1) is { } definition)
            {
                definitions.Add(definition);
            }
        }

        return definitions;
    }

    private SourceDefinition? ReadSource(YamlNode node, int index)
    {
        if (node is not YamlMappingNode entry)
        {
            Add(node, $"#{index}", null, $"expected a mapping of fields (id: ..., url: ...), found {Describe(node)}");
            return null;
        }

        var errorsBefore = _errors.Count;
        var source = Label(entry, index);
        var fields = ReadFields(entry, source, SourceFields, "");

        var id = RequiredText(entry, fields, source, "id");
        if (id is not null)
        {
            CheckId(fields["id"], source, id);
        }

        var organization = RequiredText(entry, fields, source, "organization");
        var (url, website) = ReadPage(entry, fields, source);
        var aliases = OptionalAliases(fields, source);
        var country = OptionalText(fields, source, "country") is var (countryNode, countryText)
            ? ParseCountry(countryNode, source, countryText)
            : null;
        var language = OptionalText(fields, source, "language") is var (languageNode, languageText)
            ? ParseLanguage(languageNode, source, languageText)
            : null;
        var schedule = OptionalText(fields, source, "schedule") is var (scheduleNode, scheduleText)
            ? CheckSchedule(scheduleNode, source, scheduleText)
            : SourceDefinition.DefaultSchedule;
        var strategyField = OptionalText(fields, source, "strategy");
        var strategy = strategyField is var (strategyNode, strategyText) ? ParseStrategy(strategyNode, source, strategyText) : null;
        var allowPrivateNetwork = OptionalBool(fields, source, "allowPrivateNetwork", "allowPrivateNetwork") ?? false;
        var render = OptionalBool(fields, source, "render", "render") ?? false;
        var selectors = OptionalSelectorSet(fields, source, "selectors");
        var detail = OptionalSelectorSet(fields, source, "detail");
        var contact = OptionalText(fields, source, "contact") is var (contactNode, contactText)
            ? ParseContact(contactNode, source, contactText)
            : null;
        var muteAlertsUntil = OptionalText(fields, source, "muteAlertsUntil") is var (muteNode, muteText)
            ? ParseMuteUntil(muteNode, source, muteText)
            : null;

        if (strategyField is null && !fields.ContainsKey("strategy"))
        {
            strategy = fields.ContainsKey("selectors") ? ExtractionStrategy.Css : ExtractionStrategy.Auto;
        }

        if (strategy == ExtractionStrategy.Css)
        {
            CheckCssSelectors(fields, source, explicitly: strategyField is not null);
        }

        if (render && strategy is { } rules && rules != ExtractionStrategy.Auto)
        {
            Add(fields["render"], source, "render",
                $"render: true needs strategy auto; the {(rules == ExtractionStrategy.Css ? "css" : "jsonld")} rules read the page as the server sends it");
        }

        if (_errors.Count > errorsBefore || id is null || organization is null || url is null || strategy is null)
        {
            return null;
        }

        return new SourceDefinition(id, organization, url, schedule, strategy.Value, selectors, detail, country, allowPrivateNetwork)
        {
            Website = website,
            Aliases = aliases,
            Language = language,
            Render = render,
            Contact = contact,
            MuteAlertsUntil = muteAlertsUntil,
        };
    }

    private string? ParseContact(YamlNode node, string source, string text)
    {
        if (System.Net.Mail.MailAddress.TryCreate(text, out var address)
            && string.Equals(address.Address, text, StringComparison.Ordinal)
            && address.Host.Contains('.', StringComparison.Ordinal))
        {
            return text;
        }

        Add(node, source, "contact", $"{Shown(node, text)} is not an email address: give one address alone, such as jobs@example.org");
        return null;
    }

    private DateTimeOffset? ParseMuteUntil(YamlNode node, string source, string text)
    {
        if (DateTimeOffset.TryParseExact(
                text,
                ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK"],
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var until))
        {
            return until;
        }

        Add(node, source, "muteAlertsUntil",
            $"{Shown(node, text)} is not a date: give a day (2026-12-31, from its start in UTC) or a moment with its offset (2026-12-31T18:00:00Z)");
        return null;
    }

    /// <summary>The page to read first, and the website when that page is the home page the listing must be found
    /// from: exactly one of url and website is given.</summary>
    private (Uri? Url, Uri? Website) ReadPage(YamlMappingNode entry, Dictionary<string, YamlNode> fields, string source)
    {
        var hasUrl = fields.TryGetValue("url", out var urlNode);
        var hasWebsite = fields.TryGetValue("website", out var websiteNode);
        if (hasUrl && hasWebsite)
        {
            var (later, laterName) = websiteNode!.Start.CompareTo(urlNode!.Start) > 0 ? (websiteNode, "website") : (urlNode, "url");
            Add(later, source, laterName,
                "give either 'url' (the careers or jobs page) or 'website' (the home page, to find the careers page from), not both");
            return (null, null);
        }

        if (!hasUrl && !hasWebsite)
        {
            Add(entry, source, "url",
                "missing: give 'url' (the careers or jobs page) or 'website' (the organisation's home page, to find the careers page from)");
            return (null, null);
        }

        var field = hasUrl ? "url" : "website";
        var node = hasUrl ? urlNode! : websiteNode!;
        if (!TryReadText(node, source, field, out var text))
        {
            return (null, null);
        }

        if (text is null)
        {
            Add(node, source, field, hasUrl
                ? "empty: give the careers or jobs page, or use 'website' for the home page"
                : "empty: give the organisation's home page, or use 'url' for the careers or jobs page");
            return (null, null);
        }

        var page = ParseUrl(node, source, field, text);
        return (page, hasWebsite ? page : null);
    }

    private string[] OptionalAliases(Dictionary<string, YamlNode> fields, string source)
    {
        if (!fields.TryGetValue("aliases", out var node) || node is YamlScalarNode scalar && IsNull(scalar))
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            Add(node, source, "aliases", $"expected a list of names, such as [IPF, Florida Innocence], found {Describe(node)}");
            return [];
        }

        var aliases = new List<string>(list.Children.Count);
        foreach (var item in list.Children)
        {
            if (!TryReadText(item, source, "aliases", out var alias))
            {
                continue;
            }

            if (alias is null)
            {
                Add(item, source, "aliases", "empty name: remove it or give the name");
            }
            else if (aliases.Contains(alias, StringComparer.OrdinalIgnoreCase))
            {
                Add(item, source, "aliases", $"'{alias}' is listed twice");
            }
            else
            {
                aliases.Add(alias);
            }
        }

        return [.. aliases];
    }

    /// <summary>How errors name an entry: its id as written when it has one, else its position in the list.</summary>
    private static string Label(YamlMappingNode entry, int index)
    {
        foreach (var (key, value) in entry.Children)
        {
            if (key is YamlScalarNode { Value: "id" } && value is YamlScalarNode scalar && !IsNull(scalar)
                && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                return scalar.Value.Trim();
            }
        }

        return $"#{index}";
    }

    private Dictionary<string, YamlNode> ReadFields(YamlMappingNode mapping, string? source, string[] allowed, string prefix)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || IsNull((YamlScalarNode)key))
            {
                Add(key, source, null, $"a field name must be text, found {Describe(key)}");
                continue;
            }

            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                Add(key, source, prefix + name, $"unknown field{Hint(name, allowed, prefix)}; allowed fields are {string.Join(", ", allowed)}");
                continue;
            }

            fields[name] = value;
        }

        return fields;
    }

    private static string Hint(string name, string[] allowed, string prefix)
    {
        var match = allowed.FirstOrDefault(field => string.Equals(field, name, StringComparison.OrdinalIgnoreCase))
            ?? allowed
                .Select(field => (Field: field, Distance: EditDistance(field.ToLowerInvariant(), name.ToLowerInvariant())))
                .Where(candidate => candidate.Distance <= (name.Length <= 3 ? 1 : 2))
                .OrderBy(candidate => candidate.Distance)
                .Select(candidate => candidate.Field)
                .FirstOrDefault();
        if (match is not null)
        {
            return $" (did you mean '{match}'?)";
        }

        return prefix.Length == 0 && SelectorFields.Contains(name, StringComparer.Ordinal)
            ? " (selectors go under 'selectors' or 'detail')"
            : "";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private string? RequiredText(YamlMappingNode entry, Dictionary<string, YamlNode> fields, string source, string field)
    {
        if (!fields.TryGetValue(field, out var node))
        {
            Add(entry, source, field, "missing: every source needs id, organization, and url or website");
            return null;
        }

        if (!TryReadText(node, source, field, out var text))
        {
            return null;
        }

        if (text is null)
        {
            Add(node, source, field, "empty: every source needs id, organization, and url or website");
        }

        return text;
    }

    /// <summary>The field's node and text; null when the field is absent or has a problem (reported).</summary>
    private (YamlNode Node, string Text)? OptionalText(Dictionary<string, YamlNode> fields, string source, string field)
    {
        if (!fields.TryGetValue(field, out var node) || !TryReadText(node, source, field, out var text))
        {
            return null;
        }

        if (text is null)
        {
            Add(node, source, field, "empty: give a value or remove the field");
            return null;
        }

        return (node, text);
    }

    private bool? OptionalBool(Dictionary<string, YamlNode> fields, string source, string key, string field)
    {
        if (!fields.TryGetValue(key, out var node) || !TryReadText(node, source, field, out var text))
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Add(node, source, field, $"expected true or false, found {(text is null ? "nothing" : $"'{text}'")}");
        return null;
    }

    /// <summary>Reads a scalar with its placeholders substituted and trimmed; text is null for a YAML null or a blank
    /// value. False when there was a problem (reported).</summary>
    private bool TryReadText(YamlNode node, string source, string field, out string? text)
    {
        text = null;
        if (node is not YamlScalarNode scalar)
        {
            Add(node, source, field, $"expected a single value, found {Describe(node)}");
            return false;
        }

        if (IsNull(scalar))
        {
            return true;
        }

        var problems = new List<string>();
        var substituted = Placeholders.Substitute(scalar.Value ?? "", resolveVariable, problems);
        foreach (var problem in problems)
        {
            Add(node, source, field, problem);
        }

        if (substituted is null)
        {
            return false;
        }

        text = string.IsNullOrWhiteSpace(substituted) ? null : substituted.Trim();
        return true;
    }

    private void CheckId(YamlNode node, string source, string id)
    {
        if (!IdPattern().IsMatch(id))
        {
            Add(node, source, "id",
                $"'{id}' is not a valid id: use lowercase letters, digits and hyphens, starting and ending with a letter or digit");
        }

        if (_idLines.TryGetValue(id, out var firstLine))
        {
            Add(node, source, "id", $"duplicate id '{id}': used at line {firstLine} and again at line {node.Start.Line}");
        }
        else
        {
            _idLines[id] = node.Start.Line;
        }
    }

    private Uri? ParseUrl(YamlNode node, string source, string field, string text)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            && url.Host.Length > 0)
        {
            return url;
        }

        Add(node, source, field, $"{Shown(node, text)} is not an absolute http or https URL");
        return null;
    }

    private string? ParseCountry(YamlNode node, string source, string text)
    {
        var code = text.ToUpperInvariant();
        if (CountryCodes.IsAssigned(code))
        {
            return code;
        }

        Add(node, source, "country", code == "UK"
            ? $"{Shown(node, text)} is not an ISO 3166-1 alpha-2 country code: the United Kingdom is GB"
            : $"{Shown(node, text)} is not an ISO 3166-1 alpha-2 country code (two letters, such as US, GB or DE)");
        return null;
    }

    private string? ParseLanguage(YamlNode node, string source, string text)
    {
        var code = text.ToLowerInvariant();
        if (LanguageCodes.IsAssigned(code))
        {
            return code;
        }

        var primary = code.Split('-', '_')[0];
        Add(node, source, "language", primary != code && LanguageCodes.IsAssigned(primary)
            ? $"{Shown(node, text)} is a language tag: give the ISO 639-1 code alone, '{primary}'"
            : $"{Shown(node, text)} is not an ISO 639-1 language code (two letters, such as es, fr, it, nl or zh)");
        return null;
    }

    private string CheckSchedule(YamlNode node, string source, string text)
    {
        if (CronExpression.TryParse(text, out _))
        {
            if (new CronExpression(text).GetNextValidTimeAfter(DateTimeOffset.UtcNow) is null)
            {
                Add(node, source, "schedule", $"{Shown(node, text)} never fires (no such date comes again); the source would never be read");
            }

            return text;
        }

        var reason = "";
        try
        {
            CronExpression.Parse(text);
        }
        catch (FormatException exception)
        {
            reason = $": {exception.Message}";
        }

        Add(node, source, "schedule",
            $"{Shown(node, text)} is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week){reason}");
        return text;
    }

    private ExtractionStrategy? ParseStrategy(YamlNode node, string source, string text)
    {
        switch (text)
        {
            case "auto":
                return ExtractionStrategy.Auto;
            case "css":
                return ExtractionStrategy.Css;
            case "jsonld":
                return ExtractionStrategy.JsonLd;
            default:
                Add(node, source, "strategy", $"unknown strategy {Shown(node, text)}; allowed values are {string.Join(", ", Strategies)}");
                return null;
        }
    }

    private void CheckCssSelectors(Dictionary<string, YamlNode> fields, string source, bool explicitly)
    {
        if (!fields.TryGetValue("selectors", out var node))
        {
            Add(fields["strategy"], source, "strategy", "strategy 'css' needs 'selectors' with at least 'item' and 'title'");
            return;
        }

        if (node is not YamlMappingNode selectors)
        {
            return;
        }

        var why = explicitly
            ? "required when the strategy is css"
            : "required because the strategy is css when selectors are given (set 'strategy: auto' otherwise)";
        foreach (var required in (string[])["item", "title"])
        {
            if (!selectors.Children.Keys.Any(key => key is YamlScalarNode { Value: var name } && name == required))
            {
                Add(selectors, source, $"selectors.{required}", $"missing: {why}");
            }
        }
    }

    private SelectorSet? OptionalSelectorSet(Dictionary<string, YamlNode> fields, string source, string key)
    {
        if (!fields.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Add(node, source, key, $"expected a mapping of selectors ({string.Join(", ", SelectorFields)}), found {Describe(node)}");
            return null;
        }

        var selectors = ReadFields(mapping, source, SelectorFields, key + ".");
        string? Selector(string name) => selectors.TryGetValue(name, out var value) ? SelectorText(value, source, $"{key}.{name}") : null;

        return new SelectorSet
        {
            Item = Selector("item"),
            Title = Selector("title"),
            OrganizationFromTitle = OptionalBool(selectors, source, "organizationFromTitle", $"{key}.organizationFromTitle") ?? false,
            Link = Selector("link"),
            Organization = Selector("organization"),
            Location = Selector("location"),
            EmploymentType = Selector("employmentType"),
            Salary = Selector("salary"),
            DatePosted = Selector("datePosted"),
            ValidThrough = Selector("validThrough"),
            Description = Selector("description"),
            ApplyUrl = Selector("applyUrl"),
            NextPage = Selector("nextPage"),
        };
    }

    private string? SelectorText(YamlNode node, string source, string field)
    {
        if (node is not YamlScalarNode scalar)
        {
            Add(node, source, field, $"expected a selector as text, found {Describe(node)}");
            return null;
        }

        // An unquoted true or 12 is a boolean or a number to YAML, never what an operator means as a selector.
        if (scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty && !IsNull(scalar)
            && (bool.TryParse(scalar.Value, out _)
                || double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            Add(node, source, field, $"expected a selector as text, found the {(bool.TryParse(scalar.Value, out _) ? "boolean" : "number")} "
                + $"{scalar.Value} (quote it if it really is a selector)");
            return null;
        }

        if (!TryReadText(node, source, field, out var text))
        {
            return null;
        }

        if (text is null)
        {
            Add(node, source, field, "empty: give a selector or remove the field (quote a selector that starts with '#', "
                + "or YAML reads it as a comment)");
        }
        else if (SelectorSyntax.Problem(text) is { } problem)
        {
            Add(node, source, field, problem);
            return null;
        }
        else if (field.EndsWith(".item", StringComparison.Ordinal) && SelectorSyntax.Split(text) is not (_, null, null))
        {
            Add(node, source, field, $"'{text}' must be plain CSS: 'item' picks elements, it reads no attribute or label");
            return null;
        }

        return text;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode scalar when IsNull(scalar) => "nothing",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "an alias",
    };

    /// <summary>The value as loaded, and as written too when placeholders changed it.</summary>
    private static string Shown(YamlNode node, string text) =>
        node is YamlScalarNode { Value: { } written } && written.Trim() != text ? $"'{text}' (from '{written}')" : $"'{text}'";

    private void Add(YamlNode node, string? source, string? field, string problem) =>
        _errors.Add(new SourcesFileError(node.Start.Line, node.Start.Column, source, field, problem));

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
