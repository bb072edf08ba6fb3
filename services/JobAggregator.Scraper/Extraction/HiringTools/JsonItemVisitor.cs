namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Given the bytes of one item of a JSON array as a reader finds it.</summary>
internal delegate void JsonItemVisitor(ReadOnlySpan<byte> item);
