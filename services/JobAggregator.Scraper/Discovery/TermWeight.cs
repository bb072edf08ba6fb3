namespace JobAggregator.Scraper.Discovery;

/// <summary>How much a word says about a link leading to job openings.</summary>
internal enum TermWeight
{
    /// <summary>Names a careers or jobs page: careers, vacatures, lavora con noi.</summary>
    Strong,

    /// <summary>Often, but not only, a careers page: opportunities, internships, join us.</summary>
    Weak,

    /// <summary>A page that is not about jobs even when it shares a word with one: volunteer, donate, career services.</summary>
    Against,
}
