using System.Reflection;
using System.Text.Json;
using JobAggregator.Contracts;
using MongoDB.Bson;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>Compares a rendered <c>content</c> subdocument with a pinned one: its elements are exactly the message's
/// fields, camelCase, in declaration order, and those the pinned document names have exactly its values and BSON types.
/// A field added to the message then shows up here without a pinned test to edit, while every pinned element is still
/// checked to the byte.</summary>
internal static class PinnedContent
{
    private static readonly string[] MessageFields =
        typeof(PostingNormalized).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToArray();

    /// <summary><paramref name="rendered"/> with its content at <paramref name="path"/> narrowed to the elements the
    /// <paramref name="pinned"/> document's content names, after checking the content holds every field of the message.
    /// </summary>
    public static BsonDocument Narrowed(BsonDocument pinned, BsonDocument rendered, params string[] path)
    {
        var narrowed = rendered.DeepClone().AsBsonDocument;
        var (pinnedParent, renderedParent) = (pinned, narrowed);
        foreach (var name in path[..^1])
        {
            (pinnedParent, renderedParent) = (pinnedParent[name].AsBsonDocument, renderedParent[name].AsBsonDocument);
        }

        var (pinnedContent, renderedContent) = (pinnedParent[path[^1]].AsBsonDocument, renderedParent[path[^1]].AsBsonDocument);
        Assert.Equal(MessageFields.Order(StringComparer.Ordinal), renderedContent.Names.Order(StringComparer.Ordinal));
        renderedParent[path[^1]] = new BsonDocument(renderedContent.Where(e => pinnedContent.Contains(e.Name)));
        return narrowed;
    }
}
