using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

/// <summary>A post body (Blogger's) writing its openings as bold lines between <c>&lt;br&gt;</c>s, each over its lines of
/// facts, and a line after the last one stating the application period for all.</summary>
public sealed class BoldLineTitlesTests
{
    private static readonly Uri Page = new("https://members.blogspot.test/2026/12/post.html");

    [Theory]
    [InlineData("Processo seletivo 01/2026", "Vaga 1 – Assistente Social", "Local: Belo Horizonte/MG", "Vaga 2 – Psicólogo(a)", "Local: Contagem/MG", "<b>Inscrições:</b> de 7 a 18 de dezembro de 2026, pelo e-mail.", "Assistente Social", "Psicólogo(a)", "18 de dezembro de 2026")]
    [InlineData("Proceso de selección 2026", "Puesto 1 – Abogado/a penalista", "Lugar: Rosario", "Puesto 2 – Trabajador/a social", "Lugar: Santa Fe", "<b>Postulaciones:</b> del 9 al 15 de diciembre de 2026.", "Abogado/a penalista", "Trabajador/a social", "15 de diciembre de 2026")]
    [InlineData("Offres d'emploi", "Poste 1 – Juriste", "Lieu : Lyon", "Poste 2 – Assistant·e social·e", "Lieu : Grenoble", "<b>Candidatures</b> du 7 au 18 décembre 2026.", "Juriste", "Assistant·e social·e", "18 décembre 2026")]
    [InlineData("Careers", "Staff Attorney", "Location: Denver, CO", "Paralegal", "Location: Boulder, CO", "<b>Applications</b> open from 7 to 18 December 2026.", "Staff Attorney", "Paralegal", "18 December 2026")]
    public void Bold_lines_of_a_post_body_are_openings_over_their_lines_closed_by_the_period_after_them(string headline, string first,
        string firstFacts, string second, string secondFacts, string period, string firstTitle, string secondTitle, string closing)
    {
        var html = $"""
            <html><body><main><div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting">
              <h3 class="post-title entry-title">{headline}</h3>
              <div class="post-body entry-content"><div>Intro.</div><br />
                <b>{first}</b><br />{firstFacts}<br />Jornada: 40 horas semanais<br /><br />
                <b>{second}</b><br />{secondFacts}<br />Jornada: 20 horas semanais<br /><br />
                {period}<br />
              </div>
              <div class="post-footer"><abbr class="published" itemprop="datePublished" title="2026-12-07T10:15:00-03:00">10:15</abbr></div>
            </div></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([firstTitle, secondTitle], drafts.Select(d => d.Title));
        Assert.Equal([firstFacts[(firstFacts.IndexOf(':') + 1)..].Trim(), secondFacts[(secondFacts.IndexOf(':') + 1)..].Trim()], drafts.Select(d => d.Location));
        Assert.All(drafts, d => Assert.Equal(closing, d.ValidThrough));
        Assert.All(drafts, d => Assert.StartsWith("2026-12-07", d.DatePosted));
    }

    [Fact]
    public void Bold_subheadings_of_one_opening_s_text_are_no_openings()
    {
        var html = """
            <html><body><main><div class="post-body">
              <div>We are hiring a Staff Attorney in Denver.</div><br />
              <b>Responsibilities</b><br />Represent clients in court.<br /><br />
              <b>Qualifications</b><br />Admission to the Colorado bar.<br /><br />
            </div></main></body></html>
            """;

        Assert.DoesNotContain(ListingHeuristicsStrategy.Extract(Html.Parse(html), Page), d => d.Title is "Responsibilities" or "Qualifications");
    }
}
