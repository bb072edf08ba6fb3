using JobAggregator.Contracts;
using JobAggregator.Host.Messaging;

namespace JobAggregator.EndToEnd.Tests.Messaging;

/// <summary>The fields a contract requires, found null on a message as a consumer would receive it.</summary>
public sealed class RequiredFieldsTests
{
    [Fact]
    public void A_complete_posting_misses_nothing() => Assert.Empty(RequiredFields.Missing(Posting(new("org-1", "Legal Aid"), "Staff Attorney")));

    [Fact]
    public void Missing_fields_are_named_by_their_json_path_down_into_the_records_a_message_holds() =>
        Assert.Equal(["title", "organization.name"], RequiredFields.Missing(Posting(new("org-1", null!), null!)));

    [Fact]
    public void Optional_fields_left_null_are_not_missing() =>
        Assert.Empty(RequiredFields.Missing(new PostingScraped(
            "source-1", Guid.NewGuid(), DateTimeOffset.UtcNow, "key-1", "Staff Attorney", null, null, null, null, null, null, null, null, null, null, "test")));

    private static PostingNormalized Posting(NormalizedOrganization organization, string title) => new(
        "source-1", Guid.NewGuid(), DateTimeOffset.UtcNow, "key-1", title, organization, new("Atlanta, GA", "Atlanta", "GA", "US", false),
        null, null, null, null, null, null, null, null, "test", "hash");
}
