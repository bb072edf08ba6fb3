using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Feeds;

namespace JobAggregator.Scraper.Tests.Feeds;

public sealed class ArticleFeedsTests
{
    [Theory]
    [InlineData("Cómo preparar tu CV para trabajar en una ONG|¿Qué salario pedir? Sueldos en el tercer sector en 2027|Cinco preguntas que te harán en una entrevista de trabajo")]
    [InlineData("Five questions to expect at an interview|How to write a cover letter for a charity job|What we learned from our 2026 staff survey")]
    [InlineData("Comment rédiger sa lettre de motivation|Les métiers du secteur associatif en 2027")]
    [InlineData("So gelingt die Bewerbung bei einem Verein|Tipps für das Vorstellungsgespräch")]
    [InlineData("Como montar seu currículo para o terceiro setor|Dicas para a entrevista de emprego")]
    public void A_feed_whose_titles_name_no_role_is_a_blog(string titles) =>
        Assert.True(ArticleFeeds.IsArticlesOnly(Drafts(titles)));

    [Theory]
    [InlineData("Juridisch medewerker|Stagiair casusonderzoek")]
    [InlineData("Cómo preparar tu CV para trabajar en una ONG|Técnico/a de proyectos")]
    [InlineData("Staff Attorney|Paralegal (part-time)")]
    [InlineData("Juriste en droit pénal")]
    [InlineData("Sozialarbeiter*in in der Verfahrensberatung")]
    [InlineData("Advogado(a) criminalista|Estágio em Direito")]
    public void A_feed_with_a_role_among_its_titles_is_a_job_feed(string titles) =>
        Assert.False(ArticleFeeds.IsArticlesOnly(Drafts(titles)));

    [Theory]
    [InlineData("Hostile Jobs openings")]
    [InlineData("Offres d'emploi – Association Droit Devant")]
    [InlineData("Vacatures")]
    [InlineData("Stellenangebote des Vereins")]
    public void A_feed_titled_as_openings_is_a_job_feed_whatever_its_items_are_called(string feedTitle) =>
        Assert.False(ArticleFeeds.IsArticlesOnly(Drafts("RSS opening 1|RSS opening 2"), feedTitle));

    [Theory]
    [InlineData("Blog – Empleo con Impacto")]
    [InlineData("News from the Innocence Project")]
    public void A_blog_s_feed_is_a_blog_whatever_its_title_says_of_work(string feedTitle) =>
        Assert.True(ArticleFeeds.IsArticlesOnly(Drafts("Five questions to expect at an interview|How to write a cover letter"), feedTitle));

    [Fact]
    public void An_empty_feed_is_no_blog() => Assert.False(ArticleFeeds.IsArticlesOnly([]));

    private static PostingDraft[] Drafts(string titles) => titles.Split('|').Select(t => new PostingDraft { Title = t }).ToArray();
}
