namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The posting field a label, a table column or a fragment of text gives.</summary>
internal enum FieldKind
{
    None,
    Title,
    Location,
    EmploymentType,
    Salary,
    DatePosted,
    ValidThrough,
    Organization,
}
