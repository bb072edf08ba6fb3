using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

/// <summary>Ads written as runs of labelled paragraphs started by a title label, an announcement's numbered posts, a
/// comma-separated tail of facts after a title link, and a labelled title line on a page announcing one opening.</summary>
public sealed class LabelledAndNumberedPostsTests
{
    private static readonly Uri Page = new("https://members.test/careers/");

    [Theory]
    [InlineData("Vacatures", "Functie", "Jurist", "Standplaats", "Utrecht", "Salaris", "€ 3.400 bruto per maand", "Sociaal werker", "Zwolle")]
    [InlineData("Offres d'emploi", "Poste", "Juriste en droit des étrangers", "Lieu de travail", "Lyon", "Salaire", "2 300 € brut mensuel", "Assistant·e social·e", "Grenoble")]
    [InlineData("Current vacancies", "Position", "Housing Caseworker", "Location", "Cardiff", "Salary", "£27,000 per year", "Paralegal", "Swansea")]
    public void A_title_label_starts_each_ad_of_a_run_of_labelled_paragraphs(string heading, string titleLabel, string first, string placeLabel,
        string firstPlace, string payLabel, string pay, string second, string secondPlace)
    {
        var html = $"""
            <html><body><main><h1>{heading}</h1>
              <p><strong>{titleLabel}:</strong> {first}</p>
              <p><strong>{placeLabel}:</strong> {firstPlace}</p>
              <p><strong>{payLabel}:</strong> {pay}</p>
              <p><strong>{titleLabel}:</strong> {second}</p>
              <p><strong>{placeLabel}:</strong> {secondPlace}</p>
              <hr>
              <p>Contact: jobs@members.test</p>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([first, second], drafts.Select(d => d.Title));
        Assert.Equal([firstPlace, secondPlace], drafts.Select(d => d.Location));
        Assert.Equal([pay, null], drafts.Select(d => d.SalaryText));
    }

    [Fact]
    public void A_rule_ends_an_ad_of_labelled_paragraphs()
    {
        const string html = """
            <html><body><main><h1>Stellenangebote</h1>
              <p><b>Stelle:</b> Sozialarbeiter*in</p><p><b>Arbeitsort:</b> Kassel</p><hr>
              <p><b>Bewerbungsschluss:</b> 15.01.2027</p>
              <p><b>Stelle:</b> Rechtsanwalt/Rechtsanwältin</p><p><b>Arbeitsort:</b> Fulda</p><p><b>Bewerbungsschluss:</b> 31.01.2027</p>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Sozialarbeiter*in", "Rechtsanwalt/Rechtsanwältin"], drafts.Select(d => d.Title));
        Assert.Equal([null, "31.01.2027"], drafts.Select(d => d.ValidThrough));
    }

    [Fact]
    public void Labelled_paragraphs_that_name_no_role_are_no_ads()
    {
        const string html = """
            <html><body><main><h1>Our team</h1>
              <p><strong>Role:</strong> Board member since 2019</p><p><strong>Location:</strong> Leeds</p>
              <p><strong>Role:</strong> Treasurer and trustee</p><p><strong>Location:</strong> York</p>
            </main></body></html>
            """;

        Assert.Empty(ListingHeuristicsStrategy.Extract(Html.Parse(html), Page));
    }

    [Theory]
    [InlineData("1. 律师助理（1名）：工作地点：北京市；月薪6000-8000元。", "律师助理", "北京市", "月薪6000-8000元")]
    [InlineData("2、法律顾问（3人）：工作地点：广州市；薪资待遇：月薪5000元", "法律顾问", "广州市", "月薪5000元")]
    [InlineData("1. Staff Attorney (2 posts): Location: Leeds; £32,000 per year", "Staff Attorney", "Leeds", "£32,000 per year")]
    [InlineData("3) Trabajador/a social (1 plaza): Lugar de trabajo: Bilbao; Salario: 24.000 € brutos anuales", "Trabajador/a social", "Bilbao", "24.000 € brutos anuales")]
    public void A_numbered_line_with_its_facts_in_clauses_is_an_opening(string line, string title, string place, string pay)
    {
        var paragraph = Html.Parse($"<html><body><p>{line}</p></body></html>").QuerySelector("p")!;

        var post = NumberedPosts.Post(paragraph);

        Assert.Equal((title, place, pay), (post?.Title, post?.Location, post?.SalaryText));
    }

    [Theory]
    [InlineData("1. 学历要求：本科及以上学历；法学专业优先。")]
    [InlineData("2. 报名方式：请将简历发送至 hr@example.cn；截止日期：2026年12月31日。")]
    [InlineData("1. Step one: send your CV; we reply within two weeks.")]
    [InlineData("1. 专职律师（2名）：负责刑事辩护案件。")]
    public void A_numbered_line_of_requirements_steps_or_duties_is_no_opening(string line)
    {
        var paragraph = Html.Parse($"<html><body><p>{line}</p></body></html>").QuerySelector("p")!;

        Assert.Null(NumberedPosts.Post(paragraph));
    }

    [Fact]
    public void An_announcement_s_numbered_posts_share_its_dates()
    {
        const string html = """
            <html lang="zh-CN"><body><div class="article"><h1>2027年招聘公告</h1><p>发布日期：2026-12-01</p>
              <p><strong>一、招聘职位</strong></p>
              <p>1. 律师助理（1名）：工作地点：北京市；月薪6000-8000元。</p>
              <p>2. 行政专员（1名）：工作地点：北京市；月薪5000-6000元。</p>
              <p>报名截止时间：2027年1月15日。</p>
            </div></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["律师助理", "行政专员"], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.Equal("2026-12-01", d.DatePosted));
        Assert.All(drafts, d => Assert.StartsWith("2027年1月15日", d.ValidThrough, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Glasgow, £34,000, closing 5 January 2027", "Glasgow", "£34,000", "closing 5 January 2027")]
    [InlineData("Utrecht, € 3.200 bruto per maand, sluitingsdatum 1 maart 2027", "Utrecht", "€ 3.200 bruto per maand", null)]
    [InlineData("Madrid, 25.000 € brutos anuales", "Madrid", "25.000 € brutos anuales", null)]
    public void A_comma_separated_tail_after_a_title_link_is_split_into_its_facts(string tail, string place, string pay, string? closing)
    {
        var html = $"""
            <html><body><main><h1>Vacancies</h1><ul>
              <li><a href="/files/a.pdf">Housing Caseworker</a> – {tail}</li>
              <li><a href="/files/b.pdf">Legal Adviser</a> – {tail}</li>
            </ul></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal((place, pay), (d.Location, d.SalaryText)));
        Assert.All(drafts, d => Assert.True(closing is null || d.ValidThrough is not null));
    }

    [Fact]
    public void Pay_with_a_note_after_a_comma_stays_one_pay()
    {
        const string html = """
            <html><body><main><h1>Vacancies</h1><ul>
              <li><a href="/jobs/a">Housing Caseworker</a> – £30,000, pro rata</li>
              <li><a href="/jobs/b">Legal Adviser</a> – £32,000, pro rata</li>
            </ul></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["£30,000, pro rata", "£32,000, pro rata"], drafts.Select(d => d.SalaryText));
    }

    [Theory]
    [InlineData("<dl><dt>職種</dt><dd>相談員（パート）</dd><dt>勤務地</dt><dd>福岡市中央区</dd></dl>", "相談員（パート）")]
    [InlineData("<p>Position: Legal Assistant (part-time)</p><p>Location: Tucson, AZ</p>", "Legal Assistant (part-time)")]
    [InlineData("<p><strong>Puesto:</strong> Técnico/a de proyectos</p><p><strong>Lugar:</strong> Zaragoza</p>", "Técnico/a de proyectos")]
    public void A_labelled_title_line_names_the_one_opening_a_sentence_announces(string lines, string title)
    {
        var html = $"""
            <html><body><main><h2>Notice</h2><p>We are hiring: our office is looking for a new colleague to join the team this spring.</p>
              <p>Estamos buscando / 募集します</p>{lines}</main></body></html>
            """;

        Assert.Equal(title, LabelledLines.Title(Html.Parse(html).Body!));
    }

    [Theory]
    [InlineData("事務局員（パートタイム）", "パートタイム")]
    [InlineData("相談員（正社員）", "正社員")]
    [InlineData("リーガルクリニック特任助教（任期付）", "任期付")]
    [InlineData("Office manager (parttime)", "parttime")]
    public void A_title_s_bracket_in_either_width_names_the_kind_of_job(string title, string type)
    {
        Assert.Equal(type, FieldLabels.EmploymentTypeInTitle(title));
    }
}
