using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Scraping;

/// <summary>A detail page as last read: what it gave (null when nothing) and the validators of that very version, kept
/// together so that a 304 can only ever stand for the read it answers (the shared <see cref="IValidatorCache"/> may be
/// updated by a preview of the same page in the meantime).</summary>
internal sealed record RememberedDetail(PageValidators? Validators, PostingDraft? Read);
