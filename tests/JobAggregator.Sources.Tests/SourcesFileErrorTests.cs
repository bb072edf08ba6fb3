namespace JobAggregator.Sources.Tests;

public sealed class SourcesFileErrorTests
{
    [Fact]
    public void Missing_file_is_named_by_its_full_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-dir-{Guid.NewGuid():N}", "sources.yaml");

        var exception = Assert.Throws<SourcesFileException>(() => SourcesFileLoader.Load(path, _ => null));

        Assert.Contains($"file not found: {path}", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_syntax_error_gives_its_line_and_column()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: "Unclosed
                url: https://a.example/
            """);

        Assert.Contains($"{TempSourcesFile.FileName}:3:", exception.Message, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_written_twice_in_one_entry_is_a_yaml_error_on_its_second_line()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                url: https://b.example/
            """);

        ErrorAssert.Reports(exception, 5, source: null, field: null, "Duplicate key url");
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        var exception = Load.Failing("# nothing here yet\n");

        ErrorAssert.Reports(exception, 1, source: null, field: null, "expected a top-level 'sources' list");
    }

    [Fact]
    public void Missing_sources_list_is_reported_and_a_misspelt_key_named()
    {
        var exception = Load.Failing("""
            source:
              - { id: a, organization: A, url: "https://a.example/" }
            """);

        Assert.Equal(2, exception.Errors.Count);
        Assert.Contains(exception.Errors, error => error.Contains("field 'sources': missing", StringComparison.Ordinal));
        Assert.Contains(exception.Errors, error => error.Contains("field 'source': unknown field (did you mean 'sources'?)", StringComparison.Ordinal));
    }

    [Fact]
    public void Sources_that_is_not_a_list_is_reported()
    {
        var exception = Load.Failing("""
            sources:
              id: a
            """);

        ErrorAssert.Reports(exception, 2, source: null, field: "sources", "expected a list of sources, found a mapping");
    }

    [Fact]
    public void Empty_sources_list_is_reported()
    {
        var exception = Load.Failing("sources: []\n");

        ErrorAssert.Reports(exception, 1, source: null, field: "sources", "the list is empty");
    }

    [Fact]
    public void Entry_that_is_not_a_mapping_is_named_by_its_position()
    {
        var exception = Load.Failing("""
            sources:
              - { id: a, organization: A, url: "https://a.example/" }
              - https://b.example/
            """);

        ErrorAssert.Reports(exception, 3, source: "#2", field: null, "expected a mapping of fields");
    }

    [Theory]
    [InlineData("id", "#1")]
    [InlineData("organization", "a")]
    [InlineData("url", "a")]
    public void Missing_required_field_is_reported_at_its_entry(string field, string source)
    {
        var fields = new Dictionary<string, string> { ["id"] = "a", ["organization"] = "A", ["url"] = "https://a.example/" };
        fields.Remove(field);
        var entry = string.Join("\n    ", fields.Select(pair => $"{pair.Key}: {pair.Value}"));

        var exception = Load.Failing($"""
            sources:
              - {entry}
            """);

        ErrorAssert.Reports(exception, 2, source, field, "missing");
    }

    [Theory]
    [InlineData("organization:")]
    [InlineData("organization: ''")]
    [InlineData("organization: ~")]
    public void Empty_required_field_is_reported(string line)
    {
        var exception = Load.Failing($"""
            sources:
              - id: a
                {line}
                url: https://a.example/
            """);

        ErrorAssert.Reports(exception, 3, "a", "organization", "empty");
    }

    [Fact]
    public void Field_that_holds_a_list_instead_of_a_value_is_reported()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: [A, B]
                url: https://a.example/
            """);

        ErrorAssert.Reports(exception, 3, "a", "organization", "expected a single value, found a list");
    }

    [Fact]
    public void Unknown_field_is_named_with_a_suggestion_and_the_allowed_fields()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                shedule: "0 0 * * * ?"
            """);

        ErrorAssert.Reports(exception, 5, "a", "shedule",
            "unknown field (did you mean 'schedule'?); allowed fields are id, organization, url, website, aliases, country, language, schedule, "
            + "strategy, allowPrivateNetwork, render, selectors, detail");
    }

    [Fact]
    public void Field_names_are_case_sensitive()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                URL: https://a.example/
            """);

        ErrorAssert.Reports(exception, 4, "a", "URL", "unknown field (did you mean 'url'?)");
        ErrorAssert.Reports(exception, 2, "a", "url", "missing");
    }

    [Fact]
    public void Selector_written_at_source_level_is_pointed_to_selectors()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                nextPage: a.next
            """);

        ErrorAssert.Reports(exception, 5, "a", "nextPage", "selectors go under 'selectors' or 'detail'");
    }

    [Fact]
    public void Unknown_selector_is_named_with_its_set()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                selectors: { item: li, title: h2 }
                detail:
                  descripton: div.body
            """);

        ErrorAssert.Reports(exception, 7, "a", "detail.descripton", "unknown field (did you mean 'description'?); allowed fields are item, title,");
    }

    [Theory]
    [InlineData("Gip")]
    [InlineData("gip_1")]
    [InlineData("-gip")]
    [InlineData("gip-")]
    [InlineData("g i p")]
    public void Id_that_is_not_lowercase_letters_digits_and_hyphens_is_reported(string id)
    {
        var exception = Load.Failing($"""
            sources:
              - organization: A
                url: https://a.example/
                id: "{id}"
            """);

        ErrorAssert.Reports(exception, 4, id, "id", $"'{id}' is not a valid id");
    }

    [Fact]
    public void Duplicate_id_names_both_lines()
    {
        var exception = Load.Failing("""
            sources:
              - id: gip
                organization: A
                url: https://a.example/
              - id: other
                organization: B
                url: https://b.example/
              - id: gip
                organization: C
                url: https://c.example/
            """);

        ErrorAssert.Reports(exception, 8, "gip", "id", "duplicate id 'gip': used at line 2 and again at line 8");
    }

    [Theory]
    [InlineData("/jobs")]
    [InlineData("a.example/jobs")]
    [InlineData("ftp://a.example/jobs")]
    [InlineData("mailto:jobs@a.example")]
    public void Url_that_is_not_absolute_http_or_https_is_reported(string url)
    {
        var exception = Load.Failing($"""
            sources:
              - id: a
                organization: A
                url: "{url}"
            """);

        ErrorAssert.Reports(exception, 4, "a", "url", $"'{url}' is not an absolute http or https URL");
    }

    [Fact]
    public void Bad_url_built_from_a_placeholder_shows_what_was_written()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: ${SampleSites:BaseUrl}jobs
            """, new Dictionary<string, string> { ["SampleSites:BaseUrl"] = "localhost:5080/" });

        ErrorAssert.Reports(exception, 4, "a", "url", "'localhost:5080/jobs' (from '${SampleSites:BaseUrl}jobs') is not an absolute http or https URL");
    }

    [Theory]
    [InlineData("USA")]
    [InlineData("U1")]
    [InlineData("ZZ")]
    [InlineData("U")]
    public void Country_that_is_not_an_iso_3166_alpha_2_code_is_reported(string country)
    {
        var exception = Load.Failing($"""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                country: {country}
            """);

        ErrorAssert.Reports(exception, 5, "a", "country", $"'{country}' is not an ISO 3166-1 alpha-2 country code");
    }

    [Fact]
    public void Country_uk_points_to_gb()
    {
        var exception = Load.Failing("""
            sources:
              - { id: a, organization: A, url: "https://a.example/", country: uk }
            """);

        ErrorAssert.Reports(exception, 2, "a", "country", "the United Kingdom is GB");
    }

    [Fact]
    public void Schedule_that_is_not_a_quartz_cron_expression_is_reported()
    {
        var exception = Load.Failing("""
            sources:
              - id: gip
                organization: A
                url: https://a.example/
                schedule: "0 0 * *"
            """);

        ErrorAssert.Reports(exception, 5, "gip", "schedule",
            "'0 0 * *' is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week)");
    }

    [Fact]
    public void Schedule_that_never_fires_is_reported()
    {
        var exception = Load.Failing("""
            sources:
              - id: gip
                organization: A
                url: https://a.example/
                schedule: "0 0 0 30 2 ?"
            """);

        ErrorAssert.Reports(exception, 5, "gip", "schedule", "'0 0 0 30 2 ?' never fires");
    }

    [Theory]
    [InlineData("\"li[\"", "selectors.title", "'li[' is not a CSS selector the scraper can read")]
    [InlineData("\"a:nosuchthing\"", "selectors.title", "'a:nosuchthing' is not a CSS selector")]
    [InlineData("\"@href\"", "selectors.title", "'@href' names an attribute but no element")]
    [InlineData("\"label:\"", "selectors.title", "'label:' needs the label's text")]
    public void A_selector_the_scraper_cannot_read_is_reported_at_load(string selector, string field, string problem)
    {
        var exception = Load.Failing($"""
            sources:
              - id: gip
                organization: A
                url: https://a.example/
                selectors:
                  item: li
                  title: {selector}
            """);

        ErrorAssert.Reports(exception, 7, "gip", field, problem);
    }

    [Fact]
    public void An_item_selector_that_reads_an_attribute_is_reported()
    {
        var exception = Load.Failing("""
            sources:
              - id: gip
                organization: A
                url: https://a.example/
                selectors:
                  item: "li@id"
                  title: h2
            """);

        ErrorAssert.Reports(exception, 6, "gip", "selectors.item", "must be plain CSS");
    }

    [Fact]
    public void Selectors_with_attributes_labels_and_combinators_load()
    {
        var catalog = Load.Yaml("""
            sources:
              - id: gip
                organization: A
                url: https://a.example/
                selectors:
                  item: "ul.jobs > li:not(.closed)"
                  title: "h2 a"
                  link: "h2 a@href"
                  salary: "label:Salary"
                  datePosted: "time@datetime"
            """);

        Assert.Equal("h2 a@href", Assert.Single(catalog.All).Selectors!.Link);
    }

    [Fact]
    public void A_file_nested_thousands_deep_is_an_error_not_a_crash()
    {
        var exception = Load.Failing("sources: " + new string('[', 100_000) + new string(']', 100_000));

        Assert.Contains($"{TempSourcesFile.FileName}:1:", Assert.Single(exception.Errors), StringComparison.Ordinal);
        Assert.Contains("nested more than 32 levels deep", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_with_an_out_of_range_value_says_why()
    {
        var exception = Load.Failing("""
            sources:
              - id: gip
                organization: A
                url: https://a.example/
                schedule: "0 0 25 * * ?"
            """);

        ErrorAssert.Reports(exception, 5, "gip", "schedule", "Hour");
    }

    [Fact]
    public void Unix_cron_without_seconds_is_reported()
    {
        var exception = Load.Failing("""
            sources:
              - id: gip
                organization: A
                url: https://a.example/
                schedule: "*/30 * * * *"
            """);

        ErrorAssert.Reports(exception, 5, "gip", "schedule", "5 fields");
    }

    [Fact]
    public void Unknown_strategy_lists_the_allowed_values()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                strategy: JsonLd
            """);

        ErrorAssert.Reports(exception, 5, "a", "strategy", "unknown strategy 'JsonLd'; allowed values are auto, css, jsonld");
    }

    [Fact]
    public void Css_strategy_without_selectors_is_reported()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                strategy: css
            """);

        ErrorAssert.Reports(exception, 5, "a", "strategy", "strategy 'css' needs 'selectors' with at least 'item' and 'title'");
    }

    [Fact]
    public void Selectors_without_item_and_title_are_reported_because_they_make_the_strategy_css()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                selectors:
                  link: a.job
            """);

        Assert.Equal(2, exception.Errors.Count);
        Assert.Contains(exception.Errors, error => error.Contains("field 'selectors.item': missing: required because the strategy is css", StringComparison.Ordinal));
        Assert.Contains(exception.Errors, error => error.Contains("field 'selectors.title': missing", StringComparison.Ordinal));
        Assert.All(exception.Errors, error => Assert.Contains($"{TempSourcesFile.FileName}:6:", error, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[h2, h3]", "a list")]
    [InlineData("{ css: h2 }", "a mapping")]
    public void Selector_that_is_not_text_is_reported(string value, string found)
    {
        var exception = Load.Failing($"""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                selectors:
                  item: li
                  title: {value}
            """);

        ErrorAssert.Reports(exception, 7, "a", "selectors.title", $"expected a selector as text, found {found}");
    }

    [Theory]
    [InlineData("true", "boolean")]
    [InlineData("12", "number")]
    public void Unquoted_boolean_or_number_is_not_taken_as_a_selector(string value, string kind)
    {
        var exception = Load.Failing($$"""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                selectors: { item: li, title: h2, organization: {{value}} }
            """);

        ErrorAssert.Reports(exception, 5, "a", "selectors.organization", $"found the {kind} {value}");
    }

    [Fact]
    public void Unquoted_selector_starting_with_a_hash_is_reported_as_empty()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                selectors:
                  item: li
                  title: #job-title
            """);

        ErrorAssert.Reports(exception, 7, "a", "selectors.title", "quote a selector that starts with '#'");
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("\"maybe\"")]
    public void Boolean_field_that_is_not_true_or_false_is_reported(string value)
    {
        var exception = Load.Failing($"""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                allowPrivateNetwork: {value}
            """);

        ErrorAssert.Reports(exception, 5, "a", "allowPrivateNetwork", "expected true or false, found '");
    }

    [Fact]
    public void Boolean_selector_field_that_is_not_true_or_false_is_reported()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                selectors:
                  item: li
                  title: h2
                  organizationFromTitle: on
            """);

        ErrorAssert.Reports(exception, 8, "a", "selectors.organizationFromTitle", "expected true or false, found 'on'");
    }

    [Fact]
    public void Unresolved_placeholder_names_the_variable()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: ${SampleSites:BaseUrl}/a/
            """, new Dictionary<string, string>());

        ErrorAssert.Reports(exception, 4, "a", "url", "variable 'SampleSites:BaseUrl', which is not set");
        Assert.Contains("environment variable 'SampleSites__BaseUrl'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_placeholder_is_reported()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: ${SampleSites:BaseUrl/a/
            """);

        ErrorAssert.Reports(exception, 4, "a", "url", "has no closing '}'");
    }

    [Fact]
    public void Several_errors_are_all_reported_at_once_in_file_order()
    {
        var exception = Load.Failing("""
            sources:
              - id: good
                organization: Good
                url: https://good.example/
              - id: Bad_Id
                organization: Bad
                url: /relative
              - organization: Nameless
                url: https://nameless.example/
                country: XX
              - id: gip
                organization: GIP
                url: https://gip.example/
                schedule: "0 0 * *"
                strategy: html
            """);

        Assert.Equal(6, exception.Errors.Count);
        ErrorAssert.Reports(exception, 5, "Bad_Id", "id", "not a valid id");
        ErrorAssert.Reports(exception, 7, "Bad_Id", "url", "not an absolute http or https URL");
        ErrorAssert.Reports(exception, 8, "#3", "id", "missing");
        ErrorAssert.Reports(exception, 10, "#3", "country", "'XX' is not an ISO 3166-1 alpha-2 country code");
        ErrorAssert.Reports(exception, 14, "gip", "schedule", "not a valid Quartz cron expression");
        ErrorAssert.Reports(exception, 15, "gip", "strategy", "unknown strategy 'html'");
        Assert.StartsWith("The sources file", exception.Message, StringComparison.Ordinal);
        Assert.Contains("has 6 errors:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_line_has_path_line_column_source_field_and_problem_in_that_order()
    {
        using var file = new TempSourcesFile("""
            sources:
              - id: gip
                organization: A
                url: https://a.example/
                schedule: "0 0 * *"
            """);

        var exception = Assert.Throws<SourcesFileException>(() => SourcesFileLoader.Load(file.Path, _ => null));

        var error = Assert.Single(exception.Errors);
        Assert.StartsWith($"{file.Path}:5:15: source 'gip': field 'schedule': '0 0 * *' is not a valid Quartz cron expression", error, StringComparison.Ordinal);
    }
}
