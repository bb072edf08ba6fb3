using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Structured;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class PathWalkTests
{
    public static TheoryData<string> HtmlPages =>
        CorpusStrategyRunner.Cases(c => c.BodyPath.EndsWith(".html", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(HtmlPages))]
    public async Task Walks_the_elements_in_document_order_with_their_ancestors(string id)
    {
        var document = await DocumentOf(id);
        var walk = new PathWalk(document.DocumentElement);
        var walked = new List<IElement>();
        while (walk.MoveNext())
        {
            walked.Add(walk.Current);
            var ancestor = walk.Current;
            for (var depth = walk.Depth; depth > 0; depth--)
            {
                Assert.Same(ancestor, walk.At(depth));
                ancestor = ancestor.ParentElement!;
            }

            Assert.Same(document.DocumentElement, walk.At(0));
        }

        Assert.Equal(document.DocumentElement.QuerySelectorAll("*"), walked);
    }

    [Theory]
    [MemberData(nameof(HtmlPages))]
    public async Task Judges_furniture_as_the_page_regions_do(string id)
    {
        var document = await DocumentOf(id);
        var walk = new PathWalk(document.DocumentElement);
        var judged = 0;
        while (walk.MoveNext())
        {
            // Every other element, so that some are judged with their ancestors' verdicts known and some without.
            if (judged++ % 2 == 0)
            {
                Assert.Equal(PageRegions.IsBoilerplate(walk.Current), walk.IsFurniture());
            }
        }
    }

    [Theory]
    [MemberData(nameof(HtmlPages))]
    public async Task Skipping_furniture_leaves_out_only_furniture(string id)
    {
        var document = await DocumentOf(id);
        var walk = new PathWalk(document.DocumentElement);
        var content = new List<IElement>();
        while (walk.MoveNext())
        {
            if (walk.IsFurniture())
            {
                walk.SkipFurniture();
            }
            else
            {
                content.Add(walk.Current);
            }
        }

        Assert.Equal(document.DocumentElement.QuerySelectorAll("*").Where(e => !PageRegions.IsBoilerplate(e)), content);
    }

    private static async Task<IDocument> DocumentOf(string id) =>
        await CorpusStrategyRunner.Page(CorpusStrategyRunner.Case(id)).HtmlAsync(TestContext.Current.CancellationToken);
}
