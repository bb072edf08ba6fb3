namespace JobAggregator.Scraper.Discovery;

/// <summary>A page that may list an organisation's openings, with why it was chosen.</summary>
/// <param name="Reason">For people: the link text, the words matched, the hiring tool or the sitemap, such as
/// <c>link "Join Our Team" (join our team); path /careers/ (careers)</c>.</param>
public sealed record CareersPageCandidate(Uri Url, int Score, CandidateOrigin Origin, string Reason);
