using System.Globalization;
using System.Text;
using JobAggregator.Api.Text;
using JobAggregator.Sources;
using JobAggregator.Store.Reading;

namespace JobAggregator.Api.SourceAlerts;

/// <summary>Writes what operators and the member organisation are told about a source, in plain words: which page could
/// not be read and since when, what was seen, and what they can do. The member's words avoid the scraper's jargon; the
/// operators' name the source and the figures.</summary>
internal static class SourceAlertWriter
{
    public static SourceAlertNotice ToMember(string kind, SourceDefinition source, SourceHealth health, string checkUrl)
    {
        var text = new StringBuilder()
            .Append("Hello ").Append(source.Organization).AppendLine(",").AppendLine()
            .Append("JobAggregator lists your openings from your page ").Append(source.Url.AbsoluteUri).AppendLine(".").AppendLine();
        string subject;
        switch (kind)
        {
            case SourceAlertKind.Failing:
                subject = $"We cannot read your careers page ({source.Organization})";
                text.Append(health.LastSuccessAt is { } since
                        ? $"We have not been able to read it since {When(since)}"
                        : "We have not been able to read it yet")
                    .Append(": the last ").Append(health.ConsecutiveFailures.ToString(CultureInfo.InvariantCulture))
                    .AppendLine(" attempts failed.").AppendLine()
                    .Append("What we saw: ").AppendLine(Saw(health)).AppendLine()
                    .AppendLine("Your openings we already list stay listed as they were, but new openings and changes cannot reach us until the page can be read again.");
                break;
            case SourceAlertKind.Empty:
                subject = $"We found no openings on your careers page ({source.Organization})";
                text.Append("When we read it at ").Append(When(health.LastSuccessAt)).Append(" we found no openings, where we found ")
                    .Append(Count(health.PreviousPostingsFound ?? 0)).AppendLine(" before.").AppendLine()
                    .Append("What we saw: ").AppendLine(health.LastExplanation ?? "the page opened, but we could not find a list of openings on it.").AppendLine()
                    .AppendLine("If you have no openings now, there is nothing to do. If you do, the page may have changed in a way we cannot read.");
                break;
            default:
                subject = $"We found far fewer openings on your careers page ({source.Organization})";
                text.Append("When we read it at ").Append(When(health.LastSuccessAt)).Append(" we found ").Append(Count(health.PostingsFound))
                    .Append(", where we found ").Append(Count(health.PreviousPostingsFound ?? 0)).AppendLine(" before.").AppendLine()
                    .AppendLine("A page that shows only part of its list is more often a fault than that many openings filled at once, so we have kept the others listed for now.");
                break;
        }

        text.AppendLine()
            .AppendLine("What you can do: check that the page opens in a browser, and see what we can read from it, and why, here:")
            .AppendLine(checkUrl)
            .AppendLine("If your openings have moved to another address, reply with the new one.").AppendLine()
            .AppendLine("We will write again when the page reads normally.");
        return new SourceAlertNotice(subject, text.ToString());
    }

    public static SourceAlertNotice ToOperators(string kind, SourceDefinition source, SourceHealth health, string checkUrl)
    {
        var headline = kind switch
        {
            SourceAlertKind.Failing => $"{health.ConsecutiveFailures} failed runs in a row",
            SourceAlertKind.Empty => $"empty: the latest reading run found no postings, {Count(health.PreviousPostingsFound ?? 0)} before",
            _ => $"partial drop: {health.PostingsFound} postings found where {health.PreviousPostingsFound ?? 0} were before; none closed",
        };
        var text = new StringBuilder()
            .Append("Source ").Append(source.Id).Append(" (").Append(source.Organization).Append("): ").AppendLine(headline)
            .Append("Page: ").AppendLine(source.Url.AbsoluteUri)
            .Append("Last success: ").AppendLine(When(health.LastSuccessAt))
            .Append("Last failure: ").Append(When(health.LastFailureAt)).Append(health.LastError is { } error ? $" ({error})" : "").AppendLine()
            .Append("Postings found by the latest reading run: ").Append(health.PostingsFound.ToString(CultureInfo.InvariantCulture))
            .Append("; open now: ").AppendLine(health.OpenPostings.ToString(CultureInfo.InvariantCulture));
        if (health.LastExplanation is { } explanation)
        {
            text.Append("Explanation: ").AppendLine(explanation);
        }

        text.Append("Member contact: ").AppendLine(source.Contact ?? "none in the sources file")
            .Append("Check the page: ").AppendLine(checkUrl);
        return new SourceAlertNotice($"[JobAggregator] {source.Id}: {headline}", text.ToString());
    }

    public static SourceAlertNotice RecoveredToMember(SourceDefinition source, SourceHealth health) => new(
        $"Your careers page reads normally again ({source.Organization})",
        new StringBuilder()
            .Append("Hello ").Append(source.Organization).AppendLine(",").AppendLine()
            .Append("We could read your page ").Append(source.Url.AbsoluteUri).Append(" again at ").Append(When(health.LastSuccessAt))
            .Append(" and found ").Append(Count(health.PostingsFound)).AppendLine(" on it.").AppendLine()
            .AppendLine("There is nothing more to do. Thank you.")
            .ToString());

    public static SourceAlertNotice RecoveredToOperators(SourceDefinition source, SourceHealth? health) => new(
        $"[JobAggregator] {source.Id}: recovered",
        new StringBuilder()
            .Append("Source ").Append(source.Id).Append(" (").Append(source.Organization).AppendLine(") recovered.")
            .Append("Last success: ").AppendLine(When(health?.LastSuccessAt))
            .Append("Postings found: ").AppendLine((health?.PostingsFound ?? 0).ToString(CultureInfo.InvariantCulture))
            .ToString());

    private static string Saw(SourceHealth health) =>
        health.LastError is { } error ? $"{error} (at {When(health.LastFailureAt)})." : $"the page could not be read (at {When(health.LastFailureAt)}).";

    private static string Count(int postings) => Counted.Of(postings, "opening", "openings");

    private static string When(DateTimeOffset? at) =>
        at is { } value ? value.UtcDateTime.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never";
}
