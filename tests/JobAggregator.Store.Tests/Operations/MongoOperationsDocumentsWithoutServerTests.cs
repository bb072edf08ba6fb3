using JobAggregator.Store.MongoDb;
using JobAggregator.Store.Operations;
using JobAggregator.Store.Operations.MongoDb;
using JobAggregator.Store.Tests.MongoDb;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.Operations;

/// <summary>The console's MongoDB documents and commands as the driver renders them through the class maps; no server
/// can run here, so the BSON is what is tested.</summary>
public sealed class MongoOperationsDocumentsWithoutServerTests
{
    [Fact]
    public void A_run_document_reads_back_as_the_run_with_its_reason()
    {
        var completed = Completed(T0, []) with { NoPostingsReason = "no-listing", Explanation = "No job listing was found on the page." };
        var document = BsonSerializer.Deserialize<ScrapeRunDocument>(Rendered.Document(ScrapeRunDocument.Completed(completed, 0)));

        var run = MongoOperationsQueries.ToRun(document);

        Assert.Equal(
            new RunRecord(completed.ScrapeRunId, Source, T0, T0.AddMinutes(2), true, false, 0, 1, "json-ld", 0, "no-listing",
                "No job listing was found on the page.", null, null, null),
            run);
    }

    [Fact]
    public void Run_history_is_the_source_s_runs_newest_first()
    {
        Assert.Equal(BsonDocument.Parse("""{ "sourceId": "a-source" }"""), Rendered.Filter(MongoOperationsQueries.RunsOf("a-source")));
        Assert.Equal(BsonDocument.Parse("""{ "startedAt": -1, "_id": 1 }"""), Rendered.Sort(MongoOperationsQueries.NewestRunFirst));
        var runId = Guid.Parse("6f1c2c5e-1d0a-4b7e-9a34-0c1d2e3f4a5b");
        Assert.Equal(BsonDocument.Parse("""{ "_id": "6f1c2c5e-1d0a-4b7e-9a34-0c1d2e3f4a5b" }"""), Rendered.Filter(MongoOperationsQueries.RunById(runId)));
    }

    [Fact]
    public void A_pause_is_an_upsert_that_keeps_who_paused_first()
    {
        var pause = new SourcePause("a-source", "ada", T0);

        Assert.Equal(BsonDocument.Parse("""{ "_id": "a-source" }"""), Rendered.Filter(MongoOperationsQueries.PauseOf("a-source")));
        Assert.Equal(
            BsonDocument.Parse("""{ "$setOnInsert": { "pausedBy": "ada", "pausedAt": ISODate("2025-03-01T08:00:00Z") } }"""),
            Rendered.Update(MongoOperationsQueries.Pause(pause)));
    }

    [Fact]
    public void An_operator_action_is_written_with_its_fields_and_reads_back_equal()
    {
        var action = new OperatorAction(T0, "ada", "scrape", "a-source", "run 1");

        var document = Rendered.Document(MongoOperationsQueries.From(action));

        Assert.Equal(
            BsonDocument.Parse("""{ "at": ISODate("2025-03-01T08:00:00Z"), "operator": "ada", "action": "scrape", "target": "a-source", "detail": "run 1" }"""),
            new BsonDocument(document.Where(e => e.Name != "_id")));
        Assert.Equal(action, MongoOperationsQueries.ToAction(BsonSerializer.Deserialize<OperatorActionDocument>(document)));
        Assert.Equal(BsonDocument.Parse("""{ "at": -1, "_id": -1 }"""), Rendered.Sort(MongoOperationsQueries.NewestActionFirst));
    }
}
