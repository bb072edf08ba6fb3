using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class PageAddressTests
{
    [Theory]
    [InlineData("<footer><p>OJA L'Élan · 270, rue Marquette, Sherbrooke (Québec) J1H 1M1 · 819 000-0000</p></footer>", "270, rue Marquette, Sherbrooke (Québec) J1H 1M1")]
    [InlineData("<footer><p>© 2026 Forening · Vestergade 20, 5000 Odense C · 66 00 00 00</p></footer>", "Vestergade 20, 5000 Odense C")]
    [InlineData("<address>1200 Main St, Springfield, IL 62701</address><footer><p>© 2026</p></footer>", "1200 Main St, Springfield, IL 62701")]
    [InlineData("<div role=\"contentinfo\">Calle Mayor 12, 28013 Madrid | info@example.es</div>", "Calle Mayor 12, 28013 Madrid")]
    [InlineData("<footer>Keizersgracht 1, 1015 CJ Amsterdam • 020 000 0000</footer>", "Keizersgracht 1, 1015 CJ Amsterdam")]
    [InlineData("<div class=\"zz\"><div><span>Org · Via Roma 3, 40121 Bologna · 051 000 000</span></div></div><script>var a=1;</script>", "Via Roma 3, 40121 Bologna")]
    public void Reads_the_organisation_s_postal_address_from_its_address_element_or_footer(string tail, string address)
    {
        var document = Html.Parse($"<html><body><main><h1>Jobs</h1><p>Nothing here.</p></main>{tail}</body></html>");

        Assert.Equal(address, PageAddress.Of(document));
    }

    [Theory]
    [InlineData("<footer><p>© 2026 Forening · Privatlivspolitik</p></footer>")]
    [InlineData("<footer><p>Copyright 2026 Legal Aid · Call 0800 000 000</p></footer>")]
    [InlineData("<footer><p>Tel. 819 000-0000 · CVR 12345678</p></footer>")]
    public void Reads_no_address_from_a_footer_without_a_postal_code(string tail)
    {
        var document = Html.Parse($"<html><body><main><h1>Jobs</h1></main>{tail}</body></html>");

        Assert.Null(PageAddress.Of(document));
    }
}
