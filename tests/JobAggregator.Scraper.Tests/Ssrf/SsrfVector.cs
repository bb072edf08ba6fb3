namespace JobAggregator.Scraper.Tests.Ssrf;

/// <summary>One row of the SSRF table: an address or link form, the way it reaches the scraper, and the run that tries
/// it, which returns what happened in words and throws when that is not what the guard should make of it.</summary>
internal sealed record SsrfVector(string Vector, string EntryPoint, Func<Task<string>> Run);
