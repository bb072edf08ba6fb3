using System.Text;
using JobAggregator.Normalizer.Descriptions;

namespace JobAggregator.Normalizer.Tests.Descriptions;

/// <summary>The simple markup read without the parser gives what the parser and the sanitiser give.</summary>
public sealed class SimpleMarkupTests
{
    private readonly DescriptionCleaner _cleaner = new();

    public static TheoryData<string> Simple => new()
    {
        // The pipeline benchmark's ads.
        "<p><strong>Staff Attorney 12</strong> at Member 12 in New York.</p><p>Represent clients, review case files and work with the team. Salary: $50,000 - $60,000 per year.</p>",
        "Plain text, one line.",
        "  Plain text\n\nin two   paragraphs \t ",
        "<h2>About</h2>\n<p>We &amp; you: 5 &gt; 3 &lt; 4, &quot;quoted&quot; &#39;single&#39; a&nbsp;b</p>",
        "<ul>\n  <li>One</li>\n  <li><b>Two</b> <em>x</em></li>\n</ul><ol><li>First</li><li>Second<br>line</li><li></li></ol>",
        "<div><h3>Duties</h3><div><p>a<br/>b<br />c</p></div><ul><li><p>In a paragraph</p><ol><li>Nested</li></ol></li></ul></div>",
        "<p>Apply now &lt;script&gt;alert(1)&lt;/script&gt;</p>",
        "<p> </p><ul><li>-</li></ul>",
        "<p><u><i><b><strong><em>deep</em></strong></b></i></u> text > more</p>",
        "<h4>a</h4><h5>b</h5><h6>c</h6><p>\u00A0</p>",
    };

    public static TheoryData<string> Declined => new()
    {
        "<p class=\"x\">attribute</p>",
        "<p>unclosed",
        "<p><div>block in a paragraph</div></p>",
        "<ul>text in a list</ul>",
        "<li>item without a list</li>",
        "<p>comment <!-- here --></p>",
        "<a href=\"https://example.org\">link</a>",
        "<h1>Title</h1>",
        "<P>upper case</P>",
        "<p>carriage\r\nreturn</p>",
        "<p>&copy; unknown entity</p>",
        "<p>bare & ampersand</p>",
        "<b><i>misnested</b></i>",
        "<p><script>x</script></p>",
        "<table><tr><td>cell</td></tr></table>",
        "<h2><h3>heading in heading</h3></h2>",
        "<p>emoji \uD83D\uDE00</p>",
        "<p>a</br></p>",
    };

    [Theory]
    [MemberData(nameof(Simple))]
    public void Simple_markup_is_read_as_the_parser_reads_it(string html)
    {
        Assert.True(SimpleMarkup.TryClean(html, out var simple));
        Assert.Equal(_cleaner.CleanByParsing(html, "https://example.org/jobs/1"), simple);
    }

    [Theory]
    [MemberData(nameof(Declined))]
    public void Anything_else_is_left_to_the_parser(string html)
    {
        Assert.False(SimpleMarkup.TryClean(html, out _));
        Assert.Equal(_cleaner.CleanByParsing(html, "https://example.org/jobs/1"), _cleaner.Clean(html, "https://example.org/jobs/1"));
    }

    [Fact]
    public void Generated_markup_of_the_simple_kind_is_read_as_the_parser_reads_it()
    {
        var random = new Random(15);
        for (var i = 0; i < 3000; i++)
        {
            var html = new StringBuilder();
            Flow(random, html, depth: 0);
            var written = html.ToString();

            Assert.True(SimpleMarkup.TryClean(written, out var simple), written);
            Assert.Equal(_cleaner.CleanByParsing(written, null), simple);
        }
    }

    [Fact]
    public void Generated_markup_with_anything_put_in_is_either_declined_or_read_as_the_parser_reads_it()
    {
        string[] insertions =
        [
            "<p>", "</p>", "<li>", "</li>", "</ul>", "<div>", "</b>", "<br>", "&", "&amp", "&copy;", "<!--", "-->", "<a>", "<span>",
            "\r", "\0", "<", ">", "<p x>", "</", "<>", "\u00A0", "\u0085", "<pre>", "<h1>", "<h2>", "<table>",
        ];
        var random = new Random(16);
        var accepted = 0;
        for (var i = 0; i < 3000; i++)
        {
            var html = new StringBuilder();
            Flow(random, html, depth: 0);
            html.Insert(random.Next(html.Length + 1), insertions[random.Next(insertions.Length)]);
            var written = html.ToString();

            if (SimpleMarkup.TryClean(written, out var simple))
            {
                accepted++;
                Assert.Equal(_cleaner.CleanByParsing(written, null), simple);
            }
        }

        // Some insertions leave the markup simple ("<br>", "\u00A0", ">", a text's "<p>" before a closing one).
        Assert.InRange(accepted, 1, 2999);
    }

    private static readonly string[] Headed = ["p", "h2", "h3", "h4", "h5", "h6"];

    private static readonly string[] Inline = ["strong", "em", "b", "i", "u"];

    private static readonly string[] Words = ["Staff", "Attorney", "-", "1.", " ", "  ", "\n", "\t", "$50,000", "&amp;", "&gt;", "&lt;", "&nbsp;", "a>b", "\u00A0", "é"];

    private static void Flow(Random random, StringBuilder html, int depth)
    {
        var children = random.Next(depth == 0 ? 1 : 0, 4);
        for (var i = 0; i < children; i++)
        {
            switch (depth > 3 ? 0 : random.Next(6))
            {
                case 0:
                    Phrasing(random, html, depth + 1);
                    break;
                case 1:
                    Element(html, Headed[random.Next(Headed.Length)], () => Phrasing(random, html, depth + 1));
                    break;
                case 2:
                    Element(html, "div", () => Flow(random, html, depth + 1));
                    break;
                default:
                    Element(html, random.Next(2) == 0 ? "ul" : "ol", () =>
                    {
                        for (var item = random.Next(4); item > 0; item--)
                        {
                            html.Append(random.Next(3) == 0 ? "\n  " : "");
                            Element(html, "li", () => (random.Next(3) == 0 ? (Action)(() => Flow(random, html, depth + 1)) : () => Phrasing(random, html, depth + 1))());
                        }
                    });
                    break;
            }
        }
    }

    private static void Phrasing(Random random, StringBuilder html, int depth)
    {
        for (var i = random.Next(4); i > 0; i--)
        {
            switch (depth > 6 ? 0 : random.Next(5))
            {
                case 0:
                case 1:
                    html.Append(Words[random.Next(Words.Length)]);
                    break;
                case 2:
                    html.Append(random.Next(3) switch { 0 => "<br>", 1 => "<br/>", _ => "<br />" });
                    break;
                default:
                    Element(html, Inline[random.Next(Inline.Length)], () => Phrasing(random, html, depth + 1));
                    break;
            }
        }
    }

    private static void Element(StringBuilder html, string name, Action content)
    {
        html.Append('<').Append(name).Append('>');
        content();
        html.Append("</").Append(name).Append('>');
    }
}
