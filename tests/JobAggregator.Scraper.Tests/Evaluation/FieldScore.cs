namespace JobAggregator.Scraper.Tests.Evaluation;

/// <summary>How often one field was right, over the postings that were found.</summary>
internal sealed class FieldScore
{
    public int Right { get; private set; }
    public int Total { get; private set; }
    public double Accuracy => Total == 0 ? 1 : (double)Right / Total;

    public void Add(bool right)
    {
        Total++;
        Right += right ? 1 : 0;
    }
}
