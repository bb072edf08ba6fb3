using CsCheck;
using JobAggregator.Store.Openings;
using JobAggregator.Store.Postings;

namespace JobAggregator.Store.Tests.Openings;

/// <summary>Invariants over generated postings: a few sources, titles that often match each other and a few that
/// should not, dates close together and far apart.</summary>
public sealed class OpeningClustererProperties
{
    private static readonly string[] Titles =
    [
        "Staff Attorney", "Staff Attorney – Georgia Innocence Project", "Sr. Staff Atty", "Senior Staff Attorney",
        "Supervising Attorney", "Staff Attorney…", "Staff Att...", "Paralegal II (Req 1234)", "Paralegal 2",
        "GIP | Paralegal II", "Operations Coordinator", "Coordinación – Georgia Innocence Project", "…", "", " – ",
        "Georgia Innocence Project",
    ];

    private static readonly string[] Sources = ["innocence-network", "georgia-innocence-project", "idealist", "board"];

    private static readonly string[] Organizations = ["georgia-innocence-project", "georgia-innocence-project", "org-0a1b2c", ""];

    private static readonly DateTimeOffset Start = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Gen<DateOnly?> Dates =
        Gen.Int[0, 120].Select(days => DateOnly.FromDateTime(Start.UtcDateTime.AddDays(days))).Nullable(0.4);

    private static readonly Gen<OpeningCandidate> Candidate =
        Gen.Select(
            Gen.Select(Gen.Int[0, Titles.Length - 1], Gen.Int[0, Sources.Length - 1], Gen.Int[0, Organizations.Length - 1]),
            Gen.Select(Dates, Dates, Gen.Int[0, 400], Gen.Int[0, 90]),
            Gen.Select(Gen.Bool, Gen.Bool, Gen.Int[0, 3000], Gen.Bool, Gen.Bool),
            (text, dates, shape) => new OpeningCandidate(
                "",
                Sources[text.Item2],
                Organizations[text.Item3],
                Titles[text.Item1],
                null,
                dates.Item1,
                dates.Item2,
                Start.AddDays(dates.Item3),
                Start.AddDays(dates.Item3 + dates.Item4),
                shape.Item1 ? PostingStatus.Open : PostingStatus.Closed,
                shape.Item2,
                shape.Item3,
                shape.Item4,
                shape.Item5));

    /// <summary>Postings with distinct ids, and the same postings in another order.</summary>
    private static readonly Gen<(OpeningCandidate[] Postings, OpeningCandidate[] Shuffled)> Postings =
        Candidate.Array[0, 14]
            .Select(postings => postings
                .Select((posting, index) => posting with { PostingId = $"p{index * 7919 % 101:D3}" })
                .ToArray())
            .SelectMany(postings => Gen.Shuffle(postings.ToArray()).Select(shuffled => (postings, shuffled)));

    [Fact]
    public void Gives_the_same_openings_whatever_the_order_of_the_postings()
    {
        Postings.Sample(
            sample => Assert.Equal(
                Candidates.Render(OpeningClusterer.Cluster(sample.Postings)),
                Candidates.Render(OpeningClusterer.Cluster(sample.Shuffled))),
            iter: 2000);
    }

    [Fact]
    public void Puts_every_posting_in_exactly_one_opening()
    {
        Postings.Sample(
            sample => Assert.Equal(
                sample.Postings.Select(posting => posting.PostingId).Order(StringComparer.Ordinal),
                OpeningClusterer.Cluster(sample.Postings)
                    .SelectMany(opening => opening.PostingIds)
                    .Order(StringComparer.Ordinal)),
            iter: 2000);
    }

    [Fact]
    public void Never_puts_two_postings_of_one_source_or_two_organisations_in_one_opening()
    {
        Postings.Sample(
            sample =>
            {
                var byId = sample.Postings.ToDictionary(posting => posting.PostingId);
                foreach (var opening in OpeningClusterer.Cluster(sample.Postings))
                {
                    var members = opening.PostingIds.Select(id => byId[id]).ToList();
                    Assert.Equal(members.Count, members.Select(member => member.SourceId).Distinct().Count());
                    Assert.Single(members.Select(member => member.OrganizationId).Distinct());
                }
            },
            iter: 2000);
    }

    [Fact]
    public void Shows_a_member_first_names_the_opening_after_one_and_explains_every_merge()
    {
        Postings.Sample(
            sample =>
            {
                foreach (var opening in OpeningClusterer.Cluster(sample.Postings))
                {
                    Assert.Equal(opening.PostingIds[0], opening.PrimaryPostingId);
                    Assert.Contains(opening.ClusterId[OpeningClusterIds.Prefix.Length..], opening.PostingIds);
                    Assert.Equal(opening.PostingIds.Count > 1, opening.MergeReason is not null);
                }
            },
            iter: 2000);
    }
}
