using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class SectionHeadingsTests
{
    [Theory]
    [InlineData("Join our team")]
    [InlineData("Join the team")]
    [InlineData("Únete a nuestro equipo")]
    [InlineData("Rejoignez notre équipe")]
    [InlineData("Unisciti al nostro team")]
    [InlineData("Kom ons team versterken")]
    [InlineData("Werde Teil unseres Teams")]
    [InlineData("Junte-se à nossa equipe")]
    [InlineData("Sumate al equipo")]
    [InlineData("Súmate a nuestro equipo")]
    [InlineData("Únete al equipo")]
    [InlineData("Rejoignez l'équipe")]
    [InlineData("Unisciti a noi")]
    [InlineData("Verstärke unser Team")]
    [InlineData("Junte-se à equipe")]
    [InlineData("Faça parte da equipe")]
    [InlineData("Join our staff")]
    [InlineData("Join the staff")]
    [InlineData("Rejoignez nos équipes")]
    [InlineData("Únete a nuestro personal")]
    [InlineData("Unisciti al nostro staff")]
    [InlineData("Junte-se à nossa equipa")]
    [InlineData("Faça parte da nossa equipa")]
    [InlineData("Current openings")]
    [InlineData("人才招募")]
    [InlineData("徵才公告")]
    [InlineData("誠徵")]
    [InlineData("Búsquedas laborales")]
    [InlineData("Búsqueda laboral abierta")]
    [InlineData("Búsquedas vigentes")]
    [InlineData("Búsquedas abiertas")]
    [InlineData("Búsquedas activas")]
    [InlineData("Búsqueda en curso")]
    [InlineData("Processo seletivo 01/2026 – Assistente Social e Psicólogo(a)")]
    [InlineData("Proceso de selección: abogado/a")]
    [InlineData("Affichages de postes")]
    [InlineData("Positions vacant")]
    [InlineData("Situations vacant")]
    [InlineData("Dołącz do nas")]
    [InlineData("Dołącz do naszego zespołu")]
    [InlineData("Kom bij ons werken")]
    [InlineData("Arbeiten bei uns")]
    [InlineData("Travailler avec nous")]
    [InlineData("Venha trabalhar connosco")]
    [InlineData("Přidejte se k nám")]
    [InlineData("Bliv en del af vores team")]
    [InlineData("Work for us")]
    [InlineData("加入我们")]
    [InlineData("Carrières")]
    [InlineData("Estamos contratando!")]
    [InlineData("Estamos a contratar")]
    [InlineData("Komm in unser Team!")]
    [InlineData("Kommen Sie in unser Team")]
    [InlineData("Become part of our team")]
    [InlineData("Forma parte de nuestro equipo")]
    [InlineData("Faites partie de notre équipe")]
    [InlineData("Word deel van ons team")]
    [InlineData("Venha fazer parte da nossa equipe")]
    [InlineData("On recrute !")]
    [InlineData("On embauche")]
    [InlineData("Buscamos gente")]
    [InlineData("Wir stellen ein")]
    [InlineData("Stiamo assumendo")]
    [InlineData("We zoeken collega's")]
    [InlineData("Concursos vigentes")]
    [InlineData("Concursos públicos abiertos")]
    [InlineData("Concursos abertos")]
    [InlineData("Procedimentos concursais abertos")]
    [InlineData("Concorsi attivi")]
    [InlineData("Bandi di concorso aperti")]
    [InlineData("Concours ouverts")]
    [InlineData("Open competitions")]
    [InlineData("Trabalhe com a gente")]
    [InlineData("Vem trabalhar com a gente")]
    [InlineData("Faça parte do nosso time")]
    [InlineData("Junte-se ao nosso time")]
    public void An_invitation_to_join_the_team_is_a_careers_section(string heading)
    {
        Assert.True(SectionHeadings.IsCareersSection(heading));
        Assert.False(SectionHeadings.IsOtherSection(heading));
    }

    [Theory]
    [InlineData("Our team")]
    [InlineData("Meet the team")]
    [InlineData("Nuestro equipo")]
    [InlineData("Notre équipe")]
    [InlineData("Volunteer with us")]
    [InlineData("News")]
    [InlineData("How to apply")]
    [InlineData("So bewerben Sie sich")]
    [InlineData("Comment postuler ?")]
    [InlineData("Cómo postular")]
    [InlineData("Come candidarsi")]
    [InlineData("Hoe solliciteren?")]
    [InlineData("Annual report 2023")]
    [InlineData("Jaarverslag 2024")]
    [InlineData("Who will help you")]
    [InlineData("Qui vous reçoit ?")]
    [InlineData("Wer berät Sie?")]
    [InlineData("How we help you find work")]
    [InlineData("Job search assistance")]
    [InlineData("Aide à la recherche d'emploi")]
    [InlineData("Hilfe bei der Jobsuche")]
    [InlineData("Hulp bij het vinden van werk")]
    [InlineData("Ayuda para buscar empleo")]
    [InlineData("Jobs with our partner employers")]
    [InlineData("Offres de nos partenaires")]
    [InlineData("志工招募")]
    [InlineData("義工招募")]
    [InlineData("志愿者招募")]
    [InlineData("Unser Team")]
    [InlineData("Buscamos voluntarios")]
    [InlineData("Our staff")]
    [InlineData("Meet our staff")]
    [InlineData("Staff and board")]
    [InlineData("Hazte voluntario")]
    [InlineData("Devenez bénévole")]
    [InlineData("Diventa volontario")]
    [InlineData("Seja voluntário")]
    [InlineData("Word vrijwilliger")]
    public void A_heading_about_the_team_volunteering_or_news_is_another_section(string heading)
    {
        Assert.True(SectionHeadings.IsOtherSection(heading));
        Assert.False(SectionHeadings.IsCareersSection(heading));
    }

    [Theory]
    [InlineData("Concursos")]
    [InlineData("Concurso de fotografía 2027")]
    [InlineData("Concorso letterario")]
    [InlineData("Concours d'éloquence")]
    public void A_contest_is_no_careers_section(string heading) => Assert.False(SectionHeadings.IsCareersSection(heading));

    [Theory]
    [InlineData("Volunteer with us", true)]
    [InlineData("Become a volunteer", true)]
    [InlineData("Devenez bénévole !", true)]
    [InlineData("Word vrijwilliger", true)]
    [InlineData("Hazte voluntaria", true)]
    [InlineData("Volunteer Coordinator", false)]
    [InlineData("Coordinatore dei volontari", false)]
    public void An_invitation_to_volunteer_names_a_section_though_volunteer_is_a_role_word(string heading, bool invites) =>
        Assert.Equal(invites, SectionHeadings.InvitesToVolunteer(heading));

    [Theory]
    [InlineData("https://members.test/news/", true)]
    [InlineData("https://members.test/news/2024/new-report-on-eyewitness-identification", true)]
    [InlineData("https://members.test/publicacoes/", true)]
    [InlineData("https://members.test/team/careers/", false)]
    [InlineData("https://members.test/over-ons/vacatures", false)]
    [InlineData("https://members.test/team/werken-bij.html", false)]
    [InlineData("https://members.test/quienes-somos/trabaja-con-nosotros/", false)]
    [InlineData("https://members.test/careers/", false)]
    [InlineData("https://members.test/about/annual-report/staff-and-pay/", true)]
    [InlineData("https://members.test/jahresbericht/2024", true)]
    [InlineData("https://members.test/annual-report-2024/", false)]
    public void A_news_team_or_publications_folder_is_not_a_listing_unless_the_page_itself_is_named_for_careers(string url, bool notAListing) =>
        Assert.Equal(notAListing, SectionHeadings.IsNotAListingPage(new Uri(url)));

    [Fact]
    public void An_opening_in_a_join_our_team_section_of_an_about_page_keeps_the_place_and_hours_of_its_block()
    {
        const string html = """
            <html><head><title>About Us - Example Project</title></head><body><div id="main">
            <h2>About Us</h2>
            <p>The Example Project is a non-profit organization based in Tallahassee.</p>
            <h3>Our Work</h3>
            <ul><li>Investigating claims of innocence</li><li>Helping exonerees after release</li></ul>
            <section id="join-our-team">
              <h2>Join our team</h2>
              <p>We are hiring! Read about our current opening below.</p>
              <div class="opening">
                <h3>Finance and Human Resources Manager</h3>
                <p class="where">Tallahassee, Florida</p>
                <p class="type">Full-time</p>
                <div class="description"><p>The Example Project, a non-profit in Tallahassee, is looking for a full-time
                Finance and Human Resources Manager who reports to the Executive Director.</p></div>
              </div>
            </section>
            </div></body></html>
            """;

        var draft = Assert.Single(ListingHeuristicsStrategy.Extract(Html.Parse(html), new Uri("https://members.test/about/")));

        Assert.Equal("Finance and Human Resources Manager", draft.Title);
        Assert.Equal("Tallahassee, Florida", draft.Location);
        Assert.Equal("Full-time", draft.EmploymentType);
    }

    /// <summary>Every phrase the pattern knows, as a page writes it (across elements, in capitals, with a non-breaking
    /// space, with the Kelvin sign that the pattern ignoring case reads as "k"): the quick test before the pattern turns
    /// none of them down.</summary>
    [Theory]
    [InlineData("<p>There are <b>no</b> current openings.</p>")]
    [InlineData("<p>We are NOT\u00A0currently hiring</p>")]
    [InlineData("<p>No positions are available</p>")]
    [InlineData("<p>No tenemos vacantes</p>")]
    [InlineData("<p><strong>No hay convocatorias abiertas en este momento.</strong></p>")]
    [InlineData("<p>No tenemos puestos disponibles</p>")]
    [InlineData("<p>Nous ne\nrecrutons pas</p>")]
    [InlineData("<p>Aucune offre pour le moment</p>")]
    [InlineData("<p>Pas de poste ouvert</p>")]
    [InlineData("<p>Nessuna posizione aperta</p>")]
    [InlineData("<p>Non ci sono posizioni aperte</p>")]
    [InlineData("<p>Geen openstaande vacatures</p>")]
    [InlineData("<p>\u212Aeine offenen Stellen</p>")]
    [InlineData("<p>Não há vagas</p>")]
    [InlineData("<p>SEM VAGAS</p>")]
    [InlineData("<p>We are not hiring at the moment, but why not send us your CV?</p>")]
    [InlineData("<p>No hay vacantes. ¿Querés colaborar como voluntario?</p>")]
    public void Content_saying_there_are_no_openings_says_so(string content)
    {
        var main = Html.Parse($"<html><body><main>{content}</main></body></html>").QuerySelector("main")!;

        Assert.True(SectionHeadings.SaysNoOpenings(main));
    }

    [Theory]
    [InlineData("<h2>Open positions</h2><h3>Paralegal</h3><p>Location: Leeds</p>")]
    [InlineData("<p>Nothing here is about hiring: a piano for sale.</p>")]
    [InlineData("<p>Not hiring for your role? We always welcome volunteers.</p>")]
    [InlineData("<p>¿No hay vacantes para tu perfil? Escribinos.</p>")]
    [InlineData("<p>Pas de poste pour vous ? Envoyez une candidature spontanée.</p>")]
    [InlineData("<p>Keine Stellen für Sie dabei? Schreiben Sie uns.</p>")]
    public void Content_listing_openings_does_not_say_there_are_none(string content)
    {
        var main = Html.Parse($"<html><body><main>{content}</main></body></html>").QuerySelector("main")!;

        Assert.False(SectionHeadings.SaysNoOpenings(main));
    }

    [Theory]
    [InlineData("Formación para abogados")]
    [InlineData("Training for paralegals")]
    [InlineData("Formation pour juristes")]
    [InlineData("Corso di diritto per avvocati")]
    [InlineData("Cursus voor advocaten")]
    [InlineData("Fortbildung für Rechtsanwälte")]
    [InlineData("Szkolenie dla prawników")]
    public void A_course_for_an_occupation_names_a_course(string heading) => Assert.True(SectionHeadings.NamesCourse(heading));

    [Theory]
    [InlineData("Training Coordinator")]
    [InlineData("Formateur / Formatrice")]
    [InlineData("Abogado/a de extranjería")]
    [InlineData("Coordinatore dei corsi")]
    public void A_trainer_s_or_another_job_s_title_names_no_course(string heading) => Assert.False(SectionHeadings.NamesCourse(heading));

    [Theory]
    [InlineData("Postes ouverts à Genève", "Genève")]
    [InlineData("Vacatures in Gent", "Gent")]
    [InlineData("Openings in Leeds", "Leeds")]
    [InlineData("Ofertas de empleo en Sevilla", "Sevilla")]
    [InlineData("Offene Stellen in Bremen", "Bremen")]
    [InlineData("Antenne de Lille", "Lille")]
    public void A_heading_of_openings_at_one_place_is_a_sub_section_at_that_place(string heading, string place) =>
        Assert.Equal(place, SectionHeadings.OfficePlace(heading));

    [Theory]
    [InlineData("Postes ouverts")]
    [InlineData("Openings in legal aid")]
    public void A_heading_of_openings_without_a_place_names_no_office(string heading) => Assert.Null(SectionHeadings.OfficePlace(heading));

    [Theory]
    [InlineData("Join our staff", "Staff Attorney", "Summer Law Clerk", "Detroit, MI · Full-time", "Volunteer with us", "Board Member")]
    [InlineData("Rejoignez nos équipes", "Juriste", "Stagiaire juriste", "Lyon · CDI", "Devenez bénévole", "Bénévole accueil")]
    [InlineData("Únete a nuestro personal", "Abogado/a", "Pasante de comunicación", "Rosario · Jornada completa", "Hazte voluntario", "Voluntario/a de acogida")]
    [InlineData("Unisciti al nostro staff", "Avvocato/a", "Tirocinante", "Milano · Tempo pieno", "Diventa volontario", "Volontario/a")]
    [InlineData("Junte-se à nossa equipa", "Advogado(a)", "Estagiário(a)", "Lisboa · Tempo inteiro", "Seja voluntário", "Voluntário(a)")]
    public void Openings_under_an_invitation_to_join_the_staff_are_read_and_a_volunteering_row_after_them_is_not(
        string section, string first, string second, string facts, string volunteering, string volunteer)
    {
        var html = $"""
            <html><body><main><h1>Opportunities</h1>
            <h2>{section}</h2>
            <div class="wp-block-columns"><div class="wp-block-column"><h3>{first}</h3><p>{facts}</p><p><a href="/jobs/first/">Learn more</a></p></div>
            <div class="wp-block-column"><h3>{second}</h3><p>{facts}</p><p><a href="/jobs/second/">Learn more</a></p></div></div>
            <h2>{volunteering}</h2>
            <div class="wp-block-columns"><div class="wp-block-column"><h3>{volunteer}</h3><p>{facts}</p><p><a href="/volunteer/">Read more</a></p></div>
            <div class="wp-block-column"><h3>Pro Bono Investigator</h3><p>{facts}</p><p><a href="/volunteer/">Read more</a></p></div></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), new Uri("https://members.test/opportunities/"));

        Assert.Equal([first, second], drafts.Select(d => d.Title));
    }

    [Theory]
    [InlineData("Vi søger to nye kolleger til rådgivningen")]
    [InlineData("Vi söker en jurist till vårt kontor")]
    [InlineData("Nous recherchons un·e juriste")]
    [InlineData("We are looking for two caseworkers")]
    [InlineData("Estamos buscando abogados/as")]
    [InlineData("Cerchiamo un avvocato penalista")]
    [InlineData("Procuramos um(a) advogado(a)")]
    [InlineData("Hledáme sociálního pracovníka")]
    public void A_we_are_looking_for_heading_is_a_careers_section(string heading)
    {
        Assert.True(SectionHeadings.IsCareersSection(heading));
        Assert.False(SectionHeadings.IsOtherSection(heading));
    }

    [Theory]
    [InlineData("Ansøgning", true)]
    [InlineData("Ansökan", true)]
    [InlineData("Søknad", true)]
    [InlineData("Application", true)]
    [InlineData("Your application", true)]
    [InlineData("Bewerbung", true)]
    [InlineData("Ihre Bewerbung", true)]
    [InlineData("Candidature", true)]
    [InlineData("Candidatura", true)]
    [InlineData("Postulación", true)]
    [InlineData("Sollicitatie", true)]
    [InlineData("Application Support Officer", false)]
    [InlineData("Bewerbungsschluss: 15.01.2027", false)]
    public void An_application_heading_is_how_to_apply(string heading, bool howToApply)
    {
        Assert.Equal(howToApply, SectionHeadings.IsHowToApply(heading));
        Assert.Equal(howToApply, SectionHeadings.IsOtherSection(heading));
    }

    [Theory]
    [InlineData("da", "Vi søger to nye kolleger", "Gældsrådgiver", "Socialrådgiver", "Ansøgning", "Ansøgningsfrist: 8. januar 2027")]
    [InlineData("en", "We are looking for two colleagues", "Debt Adviser", "Welfare Rights Adviser", "Application", "Closing date: 8 January 2027")]
    [InlineData("de", "Wir suchen zwei Kolleg*innen", "Schuldnerberater*in", "Sozialarbeiter*in", "Bewerbung", "Bewerbungsschluss: 08.01.2027")]
    [InlineData("fr", "Nous recherchons deux collègues", "Conseiller·ère budgétaire", "Travailleur·euse social·e", "Candidature", "Date limite : 8 janvier 2027")]
    [InlineData("es", "Buscamos dos colegas", "Asesor/a de deudas", "Trabajador/a social", "Postulación", "Fecha límite: 8 de enero de 2027")]
    public void A_post_looking_for_colleagues_lists_its_openings_and_its_application_section_dates_them(string language, string headline, string first,
        string second, string apply, string closing)
    {
        var html = $"""
            <html lang="{language}"><body><main><article><header><h1>{headline}</h1></header><section>
              <h2>{first}</h2><p>37 timer om ugen, 40 hours a week, 30 Stunden, temps plein, jornada completa. 32.500 kr.</p>
              <h2>{second}</h2><p>15 timer om ugen, 15 hours a week, Teilzeit, temps partiel, media jornada. 175 kr.</p>
              <h2>{apply}</h2><p>{closing}</p></section></article></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), new Uri("https://members.test/vi-soger/"));

        Assert.Equal([first, second], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.NotNull(d.ValidThrough));
    }
}
