using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

/// <summary>A notice written as a numbered outline ("一、招聘岗位 / 二、工作地点 / 三、报名方式", "1. Objeto / 2. Puestos / …"):
/// its openings are the posts under the section naming them, not the outline's sections, and its later sections (the
/// place of work, how and by when to apply) speak to every post.</summary>
public sealed class OutlineNoticesTests
{
    private static readonly Uri Page = new("https://members.test/notices/2027-hiring");

    public static TheoryData<string, string[], string, string, string> Notices => new()
    {
        {
            """
            <h1>2027年工作人员招聘公告</h1><p>因工作需要，现面向社会公开招聘工作人员2名，有关事项公告如下：</p>
            <p><strong>一、招聘职位</strong></p>
            <p><strong>（一）律师助理（1名）</strong></p><p>1. 工作职责：协助律师办理法律援助案件。</p><p>2. 薪酬待遇：月薪6000-8000元</p>
            <p><strong>（二）行政专员（兼职，1名）</strong></p><p>1. 工作职责：负责日常行政事务。</p>
            <p><strong>二、工作地点</strong></p><p>北京市朝阳区</p>
            <p><strong>三、报名方式</strong></p><p>请于2027年1月15日17:00前将简历发送至 hr@members.test。</p>
            """,
            ["律师助理", "行政专员"], "月薪6000-8000元", "北京市朝阳区", "2027年1月15日"
        },
        {
            """
            <h1>事務局スタッフ募集要項</h1><p>当センターでは、下記のとおり職員を募集します。</p>
            <h3>1. 募集職種</h3>
            <p><strong>① 法律事務スタッフ（1名）</strong></p><p>① 給与：月給25万円</p><p>② 業務内容：相談受付、書類作成</p>
            <p><strong>② 経理事務員（パート、1名）</strong></p><p>① 業務内容：会計処理</p>
            <h3>2. 勤務地</h3><p>東京都新宿区</p>
            <h3>3. 応募方法</h3><p>履歴書を2027年1月15日（金）17時までにお送りください。</p>
            """,
            ["法律事務スタッフ", "経理事務員"], "月給25万円", "東京都新宿区", "2027年1月15日"
        },
        {
            """
            <h1>Convocatoria de empleo 2027</h1><p>La asociación abre un proceso de selección conforme a las siguientes bases.</p>
            <h2>1. Objeto de la convocatoria</h2><p>Cubrir dos puestos del área jurídica y social.</p>
            <h2>2. Puestos convocados</h2>
            <h3>2.1 Técnico/a jurídico/a</h3><p>1) Salario: 24.000 € brutos anuales</p><p>2) Funciones: asesoramiento a personas migrantes.</p>
            <h3>2.2 Trabajador/a social</h3><p>1) Funciones: acompañamiento social.</p>
            <h2>3. Lugar de trabajo</h2><p>Bilbao</p>
            <h2>4. Plazo y forma de presentación</h2><p>Envía tu CV antes del 15 de enero de 2027 a empleo@members.test.</p>
            """,
            ["Técnico/a jurídico/a", "Trabajador/a social"], "24.000 € brutos anuales", "Bilbao", "15 de enero de 2027"
        },
        {
            """
            <h1>Avviso di selezione 2027</h1><p>L'associazione indice una selezione per il proprio ufficio legale.</p>
            <h3>Art. 1 – Oggetto</h3><p>La selezione riguarda due figure professionali.</p>
            <h3>Art. 2 – Posti disponibili</h3>
            <p><strong>Avvocato/a (tempo pieno, 1 posto)</strong></p><p>1. Retribuzione: 28.000 € lordi annui</p>
            <p><strong>Educatore/Educatrice (tempo parziale, 1 posto)</strong></p><p>1. Mansioni: accompagnamento dei beneficiari.</p>
            <h3>Art. 3 – Sede di lavoro</h3><p>Bologna</p>
            <h3>Art. 4 – Modalità di candidatura</h3><p>Inviare il CV entro il 15 gennaio 2027 a selezione@members.test.</p>
            """,
            ["Avvocato/a", "Educatore/Educatrice"], "28.000 € lordi annui", "Bologna", "15 gennaio 2027"
        },
        {
            """
            <h1>Appel à candidatures 2027</h1><p>L'association recrute pour son pôle juridique.</p>
            <p><strong>I. Contexte</strong></p><p>L'association accompagne les personnes exilées depuis 1998.</p>
            <p><strong>II. Postes à pourvoir</strong></p>
            <p><strong>Poste 1 – Juriste (CDI, 1 poste)</strong></p><p>1. Rémunération : 2 300 € brut mensuel</p>
            <p><strong>Poste 2 – Assistant·e social·e (CDD, 1 poste)</strong></p><p>1. Missions : accueil et orientation.</p>
            <p><strong>III. Lieu de travail</strong></p><p>Lyon</p>
            <p><strong>IV. Candidatures</strong></p><p>Envoyez votre candidature avant le 15 janvier 2027 à recrutement@members.test.</p>
            """,
            ["Juriste", "Assistant·e social·e"], "2 300 € brut mensuel", "Lyon", "15 janvier 2027"
        },
        {
            """
            <h1>Recruitment notice 2027</h1><p>The centre is recruiting two members of staff.</p>
            <h3>1. Background</h3><p>The centre has given free legal advice since 1987.</p>
            <h3>2. Positions</h3>
            <h4>Position 1: Staff Attorney (full-time, 1 post)</h4><p>1. Salary: £34,000 per year</p>
            <h4>Position 2: Paralegal (part-time, 1 post)</h4><p>1. Duties: case preparation.</p>
            <h3>3. Location</h3><p>Leeds</p>
            <h3>4. How to apply</h3><p>Send your CV by 15 January 2027 to jobs@members.test.</p>
            """,
            ["Staff Attorney", "Paralegal"], "£34,000 per year", "Leeds", "15 January 2027"
        },
    };

    [Theory]
    [MemberData(nameof(Notices))]
    public void The_posts_under_an_outline_s_posts_section_are_its_openings(string notice, string[] titles, string firstPay, string place, string closing)
    {
        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse($"<html><body><main>{notice}</main></body></html>"), Page);

        Assert.Equal(titles, drafts.Select(d => d.Title));
        Assert.Equal(firstPay, drafts[0].SalaryText);
        Assert.All(drafts, d => Assert.Equal(place, d.Location));
        Assert.All(drafts, d => Assert.StartsWith(closing, d.ValidThrough, StringComparison.Ordinal));
    }

    [Fact]
    public void A_post_s_own_place_stays_over_the_outline_s()
    {
        const string notice = """
            <html><body><main><h1>Recruitment notice 2027</h1>
              <h3>1. Positions</h3>
              <h4>Staff Attorney</h4><p>Location: York</p><p>Salary: £34,000 per year</p>
              <h4>Paralegal</h4><p>Salary: £24,000 per year</p>
              <h3>2. Location</h3><p>Leeds</p>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(notice), Page);

        Assert.Equal(["York", "Leeds"], drafts.Select(d => d.Location));
    }

    [Theory]
    [InlineData("一、招聘岗位")]
    [InlineData("（二）工作地点")]
    [InlineData("1. 募集職種")]
    [InlineData("② 応募方法")]
    [InlineData("2. Puestos convocados")]
    [InlineData("Art. 3 – Sede di lavoro")]
    [InlineData("II. Postes à pourvoir")]
    [InlineData("4. How to apply")]
    [InlineData("Artikel 2: Offene Stellen")]
    public void A_numbered_short_label_naming_no_role_is_an_outline_section(string heading)
    {
        Assert.True(OutlineSections.IsSection(heading));
    }

    [Theory]
    [InlineData("（一）项目主管")]
    [InlineData("① 弁護士")]
    [InlineData("2.1 Técnico/a jurídico/a")]
    [InlineData("1. Avvocato/a penalista")]
    [InlineData("Poste 1 – Juriste")]
    [InlineData("Objeto de la convocatoria")]
    [InlineData("2026 in numbers")]
    [InlineData("1. Apply by sending your CV and a cover letter to the office before the closing date")]
    public void A_role_an_unnumbered_line_or_a_sentence_is_no_outline_section(string text)
    {
        Assert.False(OutlineSections.IsSection(text));
    }

    [Theory]
    [InlineData("一、招聘岗位", true)]
    [InlineData("1. 募集職種", true)]
    [InlineData("2. Puestos convocados", true)]
    [InlineData("Art. 2 – Posti disponibili", true)]
    [InlineData("II. Postes à pourvoir", true)]
    [InlineData("2. Positions", true)]
    [InlineData("二、工作地点", false)]
    [InlineData("3. Lugar de trabajo", false)]
    [InlineData("Puestos convocados", false)]
    public void The_outline_section_naming_the_posts_heads_the_openings(string heading, bool posts)
    {
        Assert.Equal(posts, OutlineSections.NamesPosts(heading));
        Assert.Equal(posts, SectionHeadings.IsCareersSection(heading));
    }

    [Theory]
    [InlineData("（一）律师助理", "律师助理")]
    [InlineData("① 法律事務スタッフ", "法律事務スタッフ")]
    [InlineData("2.1 Técnico/a jurídico/a", "Técnico/a jurídico/a")]
    [InlineData("3) Educatore", "Educatore")]
    [InlineData("24/7 Helpline Adviser", "24/7 Helpline Adviser")]
    [InlineData("2027 Summer Law Clerk", "2027 Summer Law Clerk")]
    public void A_title_s_outline_number_is_no_part_of_it(string title, string without)
    {
        Assert.Equal(without, OutlineSections.WithoutNumber(title));
    }

    [Theory]
    [InlineData("3. 用工形式：签订劳动合同（全职）", "EmploymentType")]
    [InlineData("① 勤務地：東京都新宿区", "Location")]
    [InlineData("2) Lugar de trabajo: Bilbao", "Location")]
    [InlineData("1. Retribuzione: 28.000 € lordi annui", "Salary")]
    [InlineData("（二）报名截止日期：2027年1月15日", "ValidThrough")]
    [InlineData("4. Closing date: 15 January 2027", "ValidThrough")]
    public void A_numbered_line_s_number_is_no_part_of_its_label(string line, string kind)
    {
        Assert.Equal(Enum.Parse<FieldKind>(kind), FieldLabels.Split(line).Kind);
    }

    [Theory]
    [InlineData("岗位一：项目主管", "项目主管")]
    [InlineData("职位2：律师助理", "律师助理")]
    [InlineData("職種①：弁護士", "弁護士")]
    public void A_post_s_word_and_number_before_the_title_is_no_part_of_it(string title, string without)
    {
        Assert.Equal(without, JobTitles.WithoutHiringWord(title));
    }

    [Theory]
    [InlineData("法律助理（兼职，1名）", "兼职")]
    [InlineData("経理事務員（パート、1名）", "パート")]
    [InlineData("Juriste (CDI, 2 postes)", "CDI")]
    [InlineData("Abogado/a (media jornada, 1 plaza)", "media jornada")]
    [InlineData("Staff Attorney (full-time, 2 posts)", "full-time")]
    [InlineData("Avvocato/a (part-time, 1 posto)", "part-time")]
    public void Terms_beside_the_number_of_posts_name_the_kind_of_job(string title, string terms)
    {
        Assert.Equal(terms, JobTitles.KindOfJobBesideHeadcount(title));
    }

    [Theory]
    [InlineData("律师助理（1名）")]
    [InlineData("Caseworker (North, 2 posts)")]
    [InlineData("Staff Attorney (Seattle)")]
    public void A_bracket_without_terms_of_the_job_beside_its_count_names_no_kind_of_job(string title)
    {
        Assert.Null(JobTitles.KindOfJobBesideHeadcount(title));
    }
}
