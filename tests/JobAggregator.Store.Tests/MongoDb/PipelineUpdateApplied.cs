using MongoDB.Bson;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>Applies a rendered update pipeline to one document as the server would, for the little of the aggregation
/// language the start-up migration uses: <c>$set</c> of field paths, embedded documents and <c>$ifNull</c>, and
/// <c>$unset</c>. Anything else fails the test, so a migration that grows beyond it is not silently half-applied. No
/// server runs here; this stands in for one.</summary>
internal static class PipelineUpdateApplied
{
    public static BsonDocument To(BsonDocument document, BsonArray stages)
    {
        var result = document.DeepClone().AsBsonDocument;
        foreach (var stage in stages.Select(s => s.AsBsonDocument))
        {
            var (name, value) = (stage.GetElement(0).Name, stage.GetElement(0).Value);
            Assert.Equal(1, stage.ElementCount);
            switch (name)
            {
                case "$set":
                    var input = result.DeepClone().AsBsonDocument;
                    foreach (var field in value.AsBsonDocument)
                    {
                        if (Evaluate(field.Value, input) is { } computed)
                        {
                            result[field.Name] = computed;
                        }
                    }

                    break;
                case "$unset":
                    foreach (var field in value.AsBsonArray)
                    {
                        result.Remove(field.AsString);
                    }

                    break;
                default:
                    Assert.Fail($"The stage {name} is not one this stand-in applies.");
                    break;
            }
        }

        return result;
    }

    /// <returns>Null when the expression is missing, as the server leaves such a field out.</returns>
    private static BsonValue? Evaluate(BsonValue expression, BsonDocument document)
    {
        if (expression is BsonString { Value: ['$', .. var path] })
        {
            Assert.DoesNotContain('.', path);
            return document.TryGetValue(path, out var found) ? found : null;
        }

        if (expression is not BsonDocument operands)
        {
            return expression;
        }

        if (operands.ElementCount == 1 && operands.GetElement(0).Name.StartsWith('$'))
        {
            Assert.Equal("$ifNull", operands.GetElement(0).Name);
            var arguments = operands[0].AsBsonArray;
            foreach (var argument in arguments.Take(arguments.Count - 1))
            {
                if (Evaluate(argument, document) is { IsBsonNull: false } value)
                {
                    return value;
                }
            }

            return Evaluate(arguments[^1], document);
        }

        var embedded = new BsonDocument();
        foreach (var field in operands)
        {
            if (Evaluate(field.Value, document) is { } value)
            {
                embedded[field.Name] = value;
            }
        }

        return embedded;
    }
}
