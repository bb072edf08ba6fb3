namespace JobAggregator.Scraper.Fetching;

/// <summary>A response body as <see cref="ResponseBody"/> read it.</summary>
/// <param name="Body">The body, or empty when it had the known fingerprint and was not kept.</param>
/// <param name="Fingerprint">Its fingerprint, when one was asked for.</param>
/// <param name="KnownBodyBytes">The length of a body that had the known fingerprint; null when it was kept.</param>
/// <param name="Spooled">The body, when it was long enough to go to a temporary file (<see cref="Body"/> is then empty).</param>
internal readonly record struct BodyRead(byte[] Body, UInt128? Fingerprint, long? KnownBodyBytes, SpooledBody? Spooled = null);
