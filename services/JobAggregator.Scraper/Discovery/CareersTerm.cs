namespace JobAggregator.Scraper.Discovery;

/// <summary>A word or phrase that marks a careers page, in one language (ISO 639-1).</summary>
internal sealed record CareersTerm(string Phrase, string Language, TermWeight Weight);
