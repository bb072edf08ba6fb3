namespace JobAggregator.Scraper.Tests.Evaluation;

/// <summary>The evaluation's counts for one row of a table (a strategy, a kind or a language): postings expected,
/// found and matched, and the fields right over the matched postings.</summary>
internal sealed class Tally
{
    public int Cases { get; private set; }
    public int Expected { get; private set; }
    public int Found { get; private set; }
    public int Matched { get; private set; }
    public int StrategyRight { get; private set; }
    public int FieldsRight { get; private set; }
    public int FieldsTotal { get; private set; }
    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;
    public double Precision => Found == 0 ? (Expected == 0 ? 1 : 0) : (double)Matched / Found;
    public double FieldAccuracy => FieldsTotal == 0 ? 1 : (double)FieldsRight / FieldsTotal;

    public void Add(int expected, int found, int matched, bool strategyRight, int fieldsRight, int fieldsTotal)
    {
        Cases++;
        Expected += expected;
        Found += found;
        Matched += matched;
        StrategyRight += strategyRight ? 1 : 0;
        FieldsRight += fieldsRight;
        FieldsTotal += fieldsTotal;
    }

    public Tally Plus(Tally other) => new()
    {
        Cases = Cases + other.Cases,
        Expected = Expected + other.Expected,
        Found = Found + other.Found,
        Matched = Matched + other.Matched,
        StrategyRight = StrategyRight + other.StrategyRight,
        FieldsRight = FieldsRight + other.FieldsRight,
        FieldsTotal = FieldsTotal + other.FieldsTotal,
    };
}
