using System.Text;
using JobAggregator.Scraper.Extraction.HiringTools;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>The one pass that finds a board's items in its bytes, in memory or read from a file a block at a time: each
/// object of the array, and a clear error, with the answer's URL and where it breaks, for a body that is not
/// JSON.</summary>
public sealed class JsonArrayItemsTests
{
    private static readonly Uri Answer = new("https://boards-api.greenhouse.io/v1/boards/example/jobs?content=true");

    [Fact]
    public void Finds_each_object_of_the_array_in_order_passing_over_other_items_and_fields()
    {
        var body = """{"meta":{"jobs":[1]},"jobs":[{"id":1}, 7, {"id":2,"x":[{}]}, null,],"after":{"jobs":2}} // the end"""u8.ToArray();

        var items = JsonArrayItems.Find(body, "jobs", Answer);

        Assert.NotNull(items);
        Assert.Equal(["""{"id":1}""", """{"id":2,"x":[{}]}"""], items.Select(r => Encoding.UTF8.GetString(body[r])));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(64 * 1024)]
    public void A_body_in_a_file_read_a_block_at_a_time_gives_the_same_items_and_the_same_visits(int blockBytes)
    {
        var body = """{"meta":{"jobs":[1]},"jobs":[{"id":1}, 7, {"id":2,"x":[{}],"title":"Paralegal – Montréal"}, null,],"after":{"jobs":2}} // the end"""u8.ToArray();
        using var file = SpooledBody.Create();
        file.Append([0xEF, 0xBB, 0xBF, .. body]);
        List<string> inMemory = [], fromFile = [];

        var expected = JsonArrayItems.Find(body, "jobs", Answer, item => inMemory.Add(Encoding.UTF8.GetString(item)));
        var items = JsonArrayItems.Find(file, 3, "jobs", Answer, item => fromFile.Add(Encoding.UTF8.GetString(item)), blockBytes);

        Assert.NotNull(items);
        Assert.Equal(["""{"id":1}""", """{"id":2,"x":[{}],"title":"Paralegal – Montréal"}"""], fromFile);
        Assert.Equal(inMemory, fromFile);
        Assert.Equal(fromFile, items.Select(r => Encoding.UTF8.GetString(file.Read(r))));
        Assert.Equal(expected!.Select(r => (r.Start.Value + 3)..(r.End.Value + 3)), items);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(64 * 1024)]
    public void A_body_in_a_file_that_breaks_off_is_told_where_it_breaks_as_in_memory(int blockBytes)
    {
        var body = Encoding.UTF8.GetBytes("{\"jobs\":[\n{\"id\":1},\n{\"id\":2},\n{\"id\":3, \"title\": \"Parale");
        using var file = SpooledBody.Create();
        file.Append(body);

        var inMemory = Assert.Throws<MalformedJsonException>(() => JsonArrayItems.Find(body, "jobs", Answer));
        var fromFile = Assert.Throws<MalformedJsonException>(() => JsonArrayItems.Find(file, 0, "jobs", Answer, blockBytes: blockBytes));

        Assert.Equal(inMemory.Message, fromFile.Message);
        Assert.Equal(inMemory.BytesRead, fromFile.BytesRead);
    }

    [Theory]
    [InlineData("""[{"jobs":[]}]""")]
    [InlineData("""{"postings":[{"id":1}]}""")]
    [InlineData("""{"jobs":{"id":1}}""")]
    [InlineData("""{"jobs":[{"id":1}],"jobs":[{"id":2}]}""")]
    public void Gives_nothing_for_a_body_without_one_such_array(string json) =>
        Assert.Null(JsonArrayItems.Find(Encoding.UTF8.GetBytes(json), "jobs", Answer));

    [Fact]
    public void A_body_that_breaks_off_is_told_with_the_url_and_where_it_breaks()
    {
        var body = Encoding.UTF8.GetBytes("{\"jobs\":[\n{\"id\":1},\n{\"id\":2},\n{\"id\":3, \"title\": \"Parale");

        var error = Assert.Throws<MalformedJsonException>(() => JsonArrayItems.Find(body, "jobs", Answer));

        Assert.Equal(Answer, error.Url);
        Assert.Contains(Answer.AbsoluteUri, error.Message, StringComparison.Ordinal);
        Assert.Contains("line 4", error.Message, StringComparison.Ordinal);
        // The two postings before the break were read whole.
        Assert.True(error.BytesRead > "{\"jobs\":[\n{\"id\":1},\n{\"id\":2}".Length, error.Message);
    }

    [Fact]
    public void Garbage_after_the_root_is_told_as_a_document_of_the_body_would()
    {
        var body = """{"jobs":[{"id":1}]} trailing"""u8.ToArray();

        var error = Assert.Throws<MalformedJsonException>(() => JsonArrayItems.Find(body, "jobs", Answer));

        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }
}
