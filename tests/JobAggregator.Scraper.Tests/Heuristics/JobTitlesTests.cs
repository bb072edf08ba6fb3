using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class JobTitlesTests
{
    [Theory]
    [InlineData("法律事務スタッフ募集", "法律事務スタッフ")]
    [InlineData("法律事務スタッフの募集", "法律事務スタッフ")]
    [InlineData("急募：事務員", "事務員")]
    [InlineData("诚聘项目专员", "项目专员")]
    [InlineData("募集", "募集")]
    [InlineData("Staff Attorney", "Staff Attorney")]
    public void Leaves_a_wanted_word_out_of_a_Japanese_or_Chinese_title(string title, string expected) =>
        Assert.Equal(expected, JobTitles.WithoutHiringWord(title));

    [Theory]
    [InlineData("Affichage de poste : Coordonnateur·trice des bénévoles", "Coordonnateur·trice des bénévoles")]
    [InlineData("Offre d’emploi : Adjoint·e administratif·ve", "Adjoint·e administratif·ve")]
    [InlineData("Convocatoria: Trabajador(a) social", "Trabajador(a) social")]
    [InlineData("Se busca: Contador(a)", "Contador(a)")]
    [InlineData("Vacancy: Policy Officer", "Policy Officer")]
    [InlineData("Stellenangebot: Verwaltungskraft (m/w/d)", "Verwaltungskraft (m/w/d)")]
    [InlineData("Offre de stage : Assistant·e juridique (4 mois)", "Assistant·e juridique (4 mois)")]
    [InlineData("Offre d'alternance : Chargé·e de communication", "Chargé·e de communication")]
    [InlineData("Offre de service civique : Médiateur·rice", "Médiateur·rice")]
    [InlineData("Oferta de prácticas: Asistente legal", "Asistente legal")]
    [InlineData("Offerta di tirocinio: Assistente legale", "Assistente legale")]
    [InlineData("Vaga de estágio: Assistente jurídico", "Assistente jurídico")]
    [InlineData("Position: Caseworker", "Caseworker")]
    [InlineData("Role: Paralegal (part-time)", "Paralegal (part-time)")]
    [InlineData("Job title: Policy Officer", "Policy Officer")]
    [InlineData("Poste : Juriste en droit des étrangers", "Juriste en droit des étrangers")]
    [InlineData("Puesto: Abogado/a penalista", "Abogado/a penalista")]
    [InlineData("Vacature: Jurist (32 uur)", "Jurist (32 uur)")]
    [InlineData("Functie: Sociaal werker", "Sociaal werker")]
    [InlineData("Stelle: Sozialarbeiter*in (m/w/d)", "Sozialarbeiter*in (m/w/d)")]
    [InlineData("Posizione: Assistente legale", "Assistente legale")]
    [InlineData("Vaga: Assistente social", "Assistente social")]
    [InlineData("職種：法律事務スタッフ", "法律事務スタッフ")]
    [InlineData("Location: London", "Location: London")]
    [InlineData("Paralegal: Housing Team", "Paralegal: Housing Team")]
    [InlineData("Vacancy:", "Vacancy:")]
    [InlineData("Selezione per un/una avvocato/a penalista", "Avvocato/a penalista")]
    [InlineData("Convocatoria para un(a) trabajador(a) social", "Trabajador(a) social")]
    [InlineData("Recruitment for a Senior Caseworker", "Senior Caseworker")]
    [InlineData("Selezione per titoli ed esami", "Selezione per titoli ed esami")]
    [InlineData("Seleção de estagiários 2027", "Seleção de estagiários 2027")]
    public void Leaves_a_lead_naming_the_posting_before_a_colon_out_of_a_title(string title, string expected) =>
        Assert.Equal(expected, JobTitles.WithoutHiringWord(title));

    [Theory]
    [InlineData("Vacature Jurist (32 uur)", "Jurist (32 uur)")]
    [InlineData("Vacancy Paralegal", "Paralegal")]
    [InlineData("Stellenausschreibung Sozialarbeiter*in (m/w/d)", "Sozialarbeiter*in (m/w/d)")]
    [InlineData("Offre d'emploi Juriste H/F", "Juriste H/F")]
    [InlineData("Offerta di lavoro Avvocato/a", "Avvocato/a")]
    [InlineData("Vacature vervuld", "Vacature vervuld")]
    [InlineData("Vacancy Notice", "Vacancy Notice")]
    public void Leaves_a_word_naming_the_posting_before_a_role_out_of_a_title(string title, string expected) =>
        Assert.Equal(expected, JobTitles.WithoutHiringWord(title));

    [Theory]
    [InlineData("Staff Attorney (Seattle)", "Seattle")]
    [InlineData("Juriste (Lyon)", "Lyon")]
    [InlineData("Abogado/a (Sevilla)", "Sevilla")]
    [InlineData("Paralegal (Remote)", "Remote")]
    [InlineData("Sozialarbeiter*in (m/w/d)", null)]
    [InlineData("Office manager (parttime)", null)]
    [InlineData("Jurist (32 uur)", null)]
    [InlineData("Attorney (Senior)", null)]
    [InlineData("Staff Attorney", null)]
    [InlineData("Staff Attorney (Salt Lake City, UT)", "Salt Lake City, UT")]
    [InlineData("Tirocinio in comunicazione (6 mesi, Milano)", "Milano")]
    [InlineData("Praktikum (3 Monate, Leipzig)", "Leipzig")]
    [InlineData("Stagiaire juriste (6 mois, Lyon)", "Lyon")]
    [InlineData("Abogado/a (Guadalajara, Jalisco)", "Guadalajara, Jalisco")]
    [InlineData("Paralegal (Full-time, Chicago)", "Chicago")]
    [InlineData("Paralegal (Chicago, full-time)", null)]
    [InlineData("Jurist (32 uur, parttime)", null)]
    [InlineData("Case Manager (Reentry)", null)]
    [InlineData("Staff Attorney (Litigation)", null)]
    [InlineData("Staff Attorney (Appeals)", null)]
    [InlineData("Coordinator (Fundraising)", null)]
    [InlineData("Investigator (Criminal)", null)]
    [InlineData("Paralegal (Policy & Advocacy)", null)]
    [InlineData("Attorney (Reentry Program)", null)]
    [InlineData("Abogado/a (Litigio)", null)]
    [InlineData("Juriste (Contentieux)", null)]
    [InlineData("Jurist*in (Strafrecht)", null)]
    [InlineData("Avvocato (Penale)", null)]
    [InlineData("Advocaat (Vreemdelingenrecht)", null)]
    [InlineData("Advogado/a (Contencioso)", null)]
    [InlineData("Staff Attorney (Litigation, Chicago)", "Chicago")]
    [InlineData("Case Manager (Reading)", "Reading")]
    public void Reads_a_town_in_a_titles_closing_bracket(string title, string? expected) =>
        Assert.Equal(expected, JobTitles.PlaceInBrackets(title));

    [Theory]
    [InlineData("Senior Caseworker – job description (PDF)", "Senior Caseworker")]
    [InlineData("Office Administrator - Job Pack (Word, 120KB)", "Office Administrator")]
    [InlineData("Volljurist*in – Stellenausschreibung (PDF)", "Volljurist*in")]
    [InlineData("Juriste pénaliste | fiche de poste", "Juriste pénaliste")]
    [InlineData("Abogado/a litigante (pdf)", "Abogado/a litigante")]
    [InlineData("Policy Officer [PDF 240 KB]", "Policy Officer")]
    [InlineData("Staff Attorney – Post-Conviction", "Staff Attorney – Post-Conviction")]
    [InlineData("Paralegal (Remote)", "Paralegal (Remote)")]
    [InlineData("Staff Attorney announcement", "Staff Attorney")]
    [InlineData("Investigator job description (PDF)", "Investigator")]
    [InlineData("Paralegal Position Description", "Paralegal")]
    [InlineData("Policy Officer JD", "Policy Officer")]
    [InlineData("Sozialarbeiter*in Stellenausschreibung", "Sozialarbeiter*in")]
    [InlineData("Juriste fiche de poste", "Juriste")]
    [InlineData("Abogado/a descripción del puesto", "Abogado/a")]
    [InlineData("Avvocato penalista bando", "Avvocato penalista")]
    [InlineData("Annual announcement", "Annual announcement")]
    [InlineData("Job description", "Job description")]
    public void Leaves_what_a_link_says_of_the_ads_document_out_of_a_title(string title, string expected) =>
        Assert.Equal(expected, JobTitles.WithoutDocumentNote(title));

    [Theory]
    [InlineData("Application form (Word)", true)]
    [InlineData("Equal opportunities monitoring form", true)]
    [InlineData("Formulaire de candidature", true)]
    [InlineData("Bewerbungsformular (PDF)", true)]
    [InlineData("Privacy notice for applicants", true)]
    [InlineData("Forms Coordinator", false)]
    [InlineData("Senior Caseworker – job description (PDF)", false)]
    [InlineData("Fondsenwerver", false)]
    public void Tells_a_form_or_a_notice_beside_a_listing_from_an_opening(string title, bool expected) =>
        Assert.Equal(expected, JobTitles.NamesFormOrNotice(title));

    [Theory]
    [InlineData("專職律師", true)]
    [InlineData("兼職社工員", true)]
    [InlineData("法律助理", true)]
    [InlineData("事務職員", true)]
    [InlineData("最新消息", false)]
    [InlineData("關於我們", false)]
    [InlineData("お問い合わせ", false)]
    public void A_Chinese_or_Japanese_link_text_holding_a_role_word_reads_as_a_job_title(string text, bool expected) =>
        Assert.Equal(expected, JobTitles.LooksLikeJobTitle(text));

    [Theory]
    [InlineData("Ver convocatoria")]
    [InlineData("Ver la convocatoria")]
    [InlineData("Lire l’affichage complet")]
    [InlineData("Voir l'affichage")]
    [InlineData("Ver búsqueda")]
    [InlineData("Ver la busqueda")]
    [InlineData("Bekijk de vacature (pdf)")]
    [InlineData("Voir l'offre (PDF, 120 Ko)")]
    public void A_button_to_the_call_or_the_full_posting_is_a_view_opening_link(string text) =>
        Assert.True(JobTitles.IsViewOpening(text));

    [Theory]
    [InlineData("Apply", true)]
    [InlineData("Apply online →", true)]
    [InlineData("Postuler", true)]
    [InlineData("Postular ahora", true)]
    [InlineData("Solliciteer nu", true)]
    [InlineData("Jetzt bewerben", true)]
    [InlineData("Candidate-se", true)]
    [InlineData("応募する", true)]
    [InlineData("立即申请", true)]
    [InlineData("Voir l'offre", false)]
    [InlineData("Read more", false)]
    [InlineData("Apply to volunteer", false)]
    public void A_button_that_only_says_apply_leads_to_the_application(string text, bool apply)
    {
        Assert.Equal(apply, JobTitles.IsApply(text));
        Assert.True(!apply || JobTitles.IsViewOpening(text));
    }

    [Theory]
    [InlineData("Full job description (PDF)")]
    [InlineData("Job description (PDF, 240 KB)")]
    [InlineData("Stellenausschreibung (PDF, 95 KB)")]
    [InlineData("Ausschreibung")]
    [InlineData("Scarica l’avviso (PDF)")]
    [InlineData("Avviso di selezione")]
    [InlineData("Scarica il bando")]
    [InlineData("Read the full job description")]
    [InlineData("Lees de volledige vacaturetekst")]
    [InlineData("Saber mais")]
    [InlineData("Ver mais")]
    [InlineData("Leia mais")]
    [InlineData("Mais informações")]
    [InlineData("Más información")]
    [InlineData("Mehr erfahren")]
    [InlineData("Mehr lesen")]
    [InlineData("Meer info")]
    [InlineData("Lees verder")]
    [InlineData("Scopri di più")]
    [InlineData("En savoir plus")]
    [InlineData("Czytaj więcej")]
    [InlineData("詳細")]
    [InlineData("詳細を見る")]
    [InlineData("查看详情")]
    [InlineData("了解更多")]
    [InlineData("Read the full job posting")]
    [InlineData("Read the job posting (PDF)")]
    public void A_link_to_the_job_description_as_a_PDF_is_a_read_more_link(string text) =>
        Assert.True(JobTitles.IsReadMore(text));

    [Theory]
    [InlineData("Verwaltungsangestellte*r (m/w/d)")]
    [InlineData("Angestellter in der Buchhaltung")]
    [InlineData("Bankangestellte")]
    public void A_German_employees_word_is_a_role_word(string title) =>
        Assert.True(JobTitles.HasRoleWord(title));

    [Theory]
    [InlineData("Stage juridique – 6 mois à partir de mars 2027", true)]
    [InlineData("Paralegal from March 2027", true)]
    [InlineData("Praktikant*in ab 1. April 2027", true)]
    [InlineData("Annual report 2023", false)]
    [InlineData("Paralegal hired in March 2024", false)]
    [InlineData("Legal Intern – Summer 2027 (Denver, CO)", true)]
    [InlineData("Stage juridique été 2027", true)]
    [InlineData("Prácticas de verano 2027", true)]
    [InlineData("Praktikum Sommer 2027", true)]
    [InlineData("Summer gala 2026 recap", false)]
    public void A_title_may_say_when_the_job_starts_but_no_other_year(string text, bool expected) =>
        Assert.Equal(expected, JobTitles.IsShortTitle(text));

    [Theory]
    [InlineData("Informe anual 2025", true)]
    [InlineData("Annual report 2025", true)]
    [InlineData("Jahresbericht 2025", true)]
    [InlineData("Rapport annuel 2025", true)]
    [InlineData("Relazione di missione 2025", true)]
    [InlineData("Jaarverslag 2025", true)]
    [InlineData("Relatório de atividades", true)]
    [InlineData("Statuten", true)]
    [InlineData("Safeguarding policy", true)]
    [InlineData("Coordinador/a de Litigio Estratégico", false)]
    [InlineData("Vacature Jurist (32 uur)", false)]
    public void Tells_a_publication_from_an_ad(string title, bool expected) =>
        Assert.Equal(expected, JobTitles.NamesPublication(title));
}
