using System.Globalization;
using JobAggregator.Store.Reading;

namespace JobAggregator.Store.Sqlite;

/// <summary>A <see cref="JobQuery"/> as SQL over <c>postings p</c>: the conditions, the order, and their parameters.
/// Only the posting shown for each opening is listed; every filter has an index to serve it (schema version 2) but the
/// region's, which is checked on the rows the other filters and the sort's index give.</summary>
internal sealed record SqliteJobSearch(string Where, string OrderBy, IReadOnlyList<(string Name, object Value)> Parameters)
{
    /// <summary>The FTS5 query of a search sorted by relevance with text; null otherwise. The page is then read from the
    /// best matches first (<c>f</c>: rowid and rank), with <see cref="RankedWhere"/> and <see cref="OrderBy"/> on
    /// them.</summary>
    public string? RankedMatch { get; init; }

    /// <summary>The conditions of a ranked search but the text's, which the matches it starts from already meet.</summary>
    public string RankedWhere { get; init; } = "";

    // The newest first by the day it went up (first seen when the stated date is suspect), then by first sighting;
    // the id makes the order total, so pages never overlap.
    private const string NewestOrder = "p.posted_on DESC, p.first_seen DESC, p.id";

    private static readonly string WholeListingWhere = Build(new JobQuery()).Where;

    /// <summary>True when the search is the whole listing, every open posting shown for its opening, with no filter.
    /// </summary>
    public bool ListsEveryOpening => Parameters.Count == 0 && Where == WholeListingWhere;

    public static SqliteJobSearch Build(JobQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);

        var conditions = new List<string> { "p.cluster_rank = 0" };
        var parameters = new List<(string Name, object Value)>();
        if (!query.IncludeClosed)
        {
            conditions.Add("p.status = 'open'");
        }

        const string TextCondition = "p.seq IN (SELECT rowid FROM postings_fts WHERE postings_fts MATCH @match)";
        var match = Fts5Query.Build(query.Text);
        // A cursor without a rank (a page listed without text, or by a store that does not rank) goes on in the newest
        // order it was made in.
        var ranked = match is not null && query.Sort == JobSort.Relevance && query.After is not { Lead: null };
        if (match is not null)
        {
            conditions.Add(TextCondition);
            parameters.Add(("@match", match));
        }

        if (!string.IsNullOrWhiteSpace(query.Organization))
        {
            conditions.Add("(p.organization_id_folded = @organization OR p.organization_name_folded = @organization)");
            parameters.Add(("@organization", MatchText.Fold(query.Organization)));
        }

        if (!string.IsNullOrWhiteSpace(query.Location))
        {
            // instr, not LIKE, so % and _ typed by a person stay plain characters.
            conditions.Add("instr(p.location_search, @location) > 0");
            parameters.Add(("@location", MatchText.Fold(query.Location)));
        }

        if (!string.IsNullOrWhiteSpace(query.EmploymentType))
        {
            conditions.Add("p.employment_type = @employment_type");
            parameters.Add(("@employment_type", query.EmploymentType.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            // The same expression as ix_postings_country; country codes are ASCII, which upper() folds.
            conditions.Add("upper(p.location_country) = @country");
            parameters.Add(("@country", query.Country.Trim().ToUpperInvariant()));
        }

        if (!string.IsNullOrWhiteSpace(query.Region))
        {
            conditions.Add("p.location_region = @region COLLATE NOCASE");
            parameters.Add(("@region", query.Region.Trim()));
        }

        if (query.Remote is { } remote)
        {
            // The same expression as ix_postings_remote: hybrid work counts as remote.
            conditions.Add("(p.location_remote OR p.location_hybrid) = @remote");
            parameters.Add(("@remote", remote ? 1 : 0));
        }

        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            conditions.Add("p.seq IN (SELECT posting_seq FROM posting_categories WHERE category = @category)");
            parameters.Add(("@category", MatchText.Fold(query.Category)));
        }

        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            conditions.Add("p.language = @language");
            parameters.Add(("@language", MatchText.Fold(query.Language)));
        }

        if (query.MinAnnualSalary is { } minimum)
        {
            conditions.Add("p.salary_annual_top >= @min_annual_salary");
            parameters.Add(("@min_annual_salary", (double)minimum));
            if (!string.IsNullOrWhiteSpace(query.SalaryCurrency))
            {
                conditions.Add("p.salary_currency = @salary_currency");
                parameters.Add(("@salary_currency", query.SalaryCurrency.Trim().ToUpperInvariant()));
            }
        }

        if (query.PostedSince is { } since)
        {
            conditions.Add("p.posted_on >= @posted_since");
            parameters.Add(("@posted_since", Day(since)));
        }

        if (query.ClosingFrom is { } closingFrom)
        {
            conditions.Add("p.valid_through >= @closing_from");
            parameters.Add(("@closing_from", Day(closingFrom)));
        }

        if (query.ClosingBy is { } closingBy)
        {
            conditions.Add("p.valid_through <= @closing_by");
            parameters.Add(("@closing_by", Day(closingBy)));
        }

        if (query.After is { } after)
        {
            conditions.Add(After(after, query.Sort, ranked, parameters));
        }

        // Each sort's lead in the same expression as its index (ix_postings_listed_*): no pay and no closing day name
        // the values that sort them last, so the keyset condition can seek on the index.
        var orderBy = query.Sort switch
        {
            JobSort.Salary => $"{PayLead} DESC, {NewestOrder}",
            JobSort.ClosingSoon => $"{ClosingLead}, {NewestOrder}",
            JobSort.Relevance when ranked => "f.rank, p.id",
            _ => NewestOrder,
        };

        return new SqliteJobSearch("WHERE " + string.Join(" AND ", conditions), orderBy, parameters)
        {
            RankedMatch = ranked ? match : null,
            RankedWhere = ranked ? "WHERE " + string.Join(" AND ", conditions.Where(c => c != TextCondition)) : "",
        };
    }

    /// <summary>The salary sort's lead, as in ix_postings_listed_salary.</summary>
    public const string PayLead = "COALESCE(p.salary_annual_top, -1)";

    /// <summary>The closing sort's lead, as in ix_postings_listed_closing.</summary>
    public const string ClosingLead = "COALESCE(p.valid_through, '9999-12-31')";

    /// <summary>The openings after <paramref name="after"/> in <paramref name="sort"/>: a range on the sort's lead, which
    /// the index seeks to, then the ties broken as the order breaks them.</summary>
    /// <param name="ranked">The search is ranked by its text (<see cref="RankedMatch"/>): the cursor holds a rank.</param>
    private static string After(JobCursor after, JobSort sort, bool ranked, List<(string Name, object Value)> parameters)
    {
        if (after.Sort != sort)
        {
            throw new ArgumentException($"The cursor was made in the {after.Sort} sort, not in {sort}.", nameof(sort));
        }

        if (ranked)
        {
            parameters.Add(("@after_rank", after.Rank));
            parameters.Add(("@after_id", after.Id));
            return "(f.rank > @after_rank OR (f.rank = @after_rank AND p.id > @after_id))";
        }

        parameters.Add(("@after_posted_on", Day(after.PostedOn)));
        parameters.Add(("@after_first_seen", SqliteValues.Instant(after.FirstSeen)));
        parameters.Add(("@after_id", after.Id));
        const string Tail = """
            (p.posted_on < @after_posted_on OR (p.posted_on = @after_posted_on
                AND (p.first_seen < @after_first_seen OR (p.first_seen = @after_first_seen AND p.id > @after_id))))
            """;
        switch (sort)
        {
            case JobSort.Salary:
                parameters.Add(("@after_lead", after.Pay));
                return $"{PayLead} <= @after_lead AND ({PayLead} < @after_lead OR {Tail})";
            case JobSort.ClosingSoon:
                parameters.Add(("@after_lead", after.Lead!));
                return $"{ClosingLead} >= @after_lead AND ({ClosingLead} > @after_lead OR {Tail})";
            default:
                return $"p.posted_on <= @after_posted_on AND {Tail}";
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
