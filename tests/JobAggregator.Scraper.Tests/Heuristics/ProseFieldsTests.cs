using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class ProseFieldsTests
{
    [Theory]
    [InlineData("The Arizona Justice Project (AJP) in Phoenix, AZ is hiring a Strategic Litigation Counsel.", "Phoenix, AZ")]
    [InlineData("This is a full-time role in our New York City office.", "New York City")]
    [InlineData("The project seeks a staff attorney for its Latino Initiative, working in Northern Illinois. Applicants must be licensed.", "Northern Illinois")]
    [InlineData("A non-profit organization based in Tallahassee is looking for a manager.", "Tallahassee")]
    [InlineData("Le poste est basé dans nos locaux de Nantes (quartier Bellevue).", "Nantes")]
    [InlineData("工作地点在成都市武侯区协会办公室，为全职岗位。", "成都市武侯区")]
    [InlineData("勤務地は京都市中京区の事務所で、勤務は週3日です。", "京都市中京区")]
    [InlineData("Einsatz in Zürich, mindestens 6 Monate.", "Zürich")]
    [InlineData("Befristete Vollzeitstelle für 12 Monate in Basel. Jahreslohn nach Vereinbarung.", "Basel")]
    [InlineData("Poste à pourvoir à Clermont-Ferrand, dès que possible.", "Clermont-Ferrand")]
    [InlineData("Plaza de media jornada en Valladolid.", "Valladolid")]
    [InlineData("Contrato indefinido a jornada completa en Logroño, con incorporación inmediata.", "Logroño")]
    [InlineData("Contratto di dodici mesi a Perugia.", "Perugia")]
    [InlineData("Contrat de six mois à Angers, dès mai.", "Angers")]
    [InlineData("También buscamos un/a asistente administrativo/a a medio tiempo en Arequipa (S/ 1,800 mensuales).", "Arequipa")]
    [InlineData("Cerchiamo anche un/una avvocato/a a tempo pieno a Modena, entro il 7 maggio.", "Modena")]
    [InlineData("Nous recherchons également un juriste à temps partiel à Grenoble (CDD).", "Grenoble")]
    [InlineData("Wir suchen außerdem eine*n Sozialarbeiter*in in Teilzeit in Bonn.", "Bonn")]
    [InlineData("We're hiring a Paralegal to join our Spokane office.", "Spokane")]
    [InlineData("The coordinator will join our team in Leeds, working with the housing caseworkers.", "Leeds")]
    [InlineData("You would be joining our small legal team in Cardiff.", "Cardiff")]
    [InlineData("Il s'agit d'un poste à temps plein basé à Lyon.", "Lyon")]
    [InlineData("Vous rejoindrez notre équipe à Lille dès le mois de mars.", "Lille")]
    [InlineData("Para nuestra oficina en la Ciudad de México, de lunes a viernes.", "Ciudad de México")]
    [InlineData("Pour notre bureau à la Chaux-de-Fonds, à 80 %.", "Chaux-de-Fonds")]
    [InlineData("Per il nostro ufficio a Reggio di Calabria, a tempo pieno.", "Reggio di Calabria")]
    [InlineData("To join our team in the Twin Cities, full time.", "Twin Cities")]
    [InlineData("Buscamos una abogada para unirse a nuestro equipo en Valencia.", "Valencia")]
    [InlineData("Entrerai a far parte del nostro team di Torino.", "Torino")]
    [InlineData("Du verstärkst unser Team in Leipzig ab sofort.", "Leipzig")]
    [InlineData("We are looking for an Investigator to join our small team in Springfield, Missouri. The investigator travels.", "Springfield, Missouri")]
    [InlineData("The role is based in Halifax, Nova Scotia.", "Halifax, Nova Scotia")]
    [InlineData("Rejoignez notre équipe à Namur, Wallonie.", "Namur, Wallonie")]
    [InlineData("The caseworker will join our team in Leeds, London and Manchester.", "Leeds")]
    [InlineData("Tirocini di 6 mesi presso la sede di Torino, rimborso spese mensile.", "Torino")]
    [InlineData("Il lavoro si svolge nella sede di Napoli.", "Napoli")]
    [InlineData("CDI à temps plein basé à Paris. Rémunération : 36 000 €.", "Paris")]
    [InlineData("CDD de 12 mois à mi-temps, basée à Lyon.", "Lyon")]
    [InlineData("Contrato indefinido con sede en Sevilla.", "Sevilla")]
    [InlineData("Contratto part-time con sede a Bologna.", "Bologna")]
    [InlineData("Ein gemeinnütziger Verein mit Sitz in Köln.", "Köln")]
    [InlineData("Een vzw gevestigd in Gent, halftijds.", "Gent")]
    [InlineData("La Fundación busca incorporar un/a abogado/a penalista para su sede de Madrid. Jornada completa.", "Madrid")]
    [InlineData("Cerchiamo un avvocato penalista per la sede di Roma.", "Roma")]
    [InlineData("The Development Director leads fundraising. Full-time, Salt Lake City (hybrid). Salary range: $72,000–$80,000.", "Salt Lake City (hybrid)")]
    [InlineData("A two-year fellowship for a recent law graduate. Salt Lake City. $65,000 per year.", "Salt Lake City")]
    [InlineData("Begleitung von Geflüchteten. Teilzeit, Heidelberg. Vergütung nach TV-L E9.", "Heidelberg")]
    [InlineData("Ondersteuning van cliënten. Deeltijd, Delft.", "Delft")]
    [InlineData("Apoyo a familias migrantes. Tiempo completo, Houston (híbrido).", "Houston (híbrido)")]
    [InlineData("CDD de 12 mois à temps partiel (24 h par semaine) à Aix-en-Provence. Rémunération : 13,20 € de l'heure.", "Aix-en-Provence")]
    [InlineData("Part-time (21 hours a week), fixed-term contract in Leeds.", "Leeds")]
    [InlineData("Contrato indefinido a jornada completa en Sevilla.", "Sevilla")]
    [InlineData("Teilzeit (30 Std.), befristet, in Heidelberg.", "Heidelberg")]
    [InlineData("Contratto a tempo determinato, part-time, a Bologna.", "Bologna")]
    [InlineData("Stillingen er fastansat på 37 timer om ugen med arbejdssted i Odense.", "Odense")]
    [InlineData("Stillingen er på 15 timer om ugen i Aarhus, med mulighed for hjemmearbejde.", "Aarhus")]
    [InlineData("Tjänsten är placerad i Malmö.", "Malmö")]
    [InlineData("Stillingen har arbeidssted i Bergen.", "Bergen")]
    public void Reads_where_the_work_is_from_running_text(string text, string place)
    {
        Assert.Equal(place, ProseFields.Location(text));
    }

    [Theory]
    [InlineData("Full-time position in our Nashville office.", "Nashville")]
    [InlineData("A part-time role based in Portland, Oregon.", "Portland, Oregon")]
    [InlineData("Caseworker, to join our Leeds office.", "Leeds")]
    [InlineData("Full-time, Knoxville or Memphis.", null)]
    public void Reads_where_the_work_is_from_a_short_line(string text, string? place) =>
        Assert.Equal(place, ProseFields.PlaceOfWork(text));

    [Theory]
    [InlineData("We are hiring for the following positions in Austin, Texas:", "Austin, Texas")]
    [InlineData("Postes à pourvoir à Lyon :", "Lyon")]
    [InlineData("Vacatures in Gent:", "Gent")]
    [InlineData("Abbiamo aperto le seguenti posizioni a Milano:", "Milano")]
    [InlineData("We are hiring for the following positions:", null)]
    [InlineData("Our positions in Austin are listed below.", null)]
    public void Reads_the_place_a_list_s_lead_in_names(string text, string? place) =>
        Assert.Equal(place, ProseFields.ListIntroPlace(text));

    [Theory]
    [InlineData("Cerchiamo un avvocato penalista per la sede di Roma", "Roma")]
    [InlineData("Jurist*in (m/w/d) für unser Büro in Berlin", "Berlin")]
    [InlineData("Paralegal for our Chicago office", "Chicago")]
    [InlineData("Juriste pour notre bureau de Lyon", "Lyon")]
    [InlineData("Abogado/a para su sede de Madrid", "Madrid")]
    [InlineData("Jurist voor ons kantoor in Utrecht", "Utrecht")]
    [InlineData("Staff Attorney", null)]
    [InlineData("Office Manager", null)]
    public void Reads_the_office_a_title_names(string title, string? place) =>
        Assert.Equal(place, ProseFields.OfficePlace(title));

    [Theory]
    [InlineData("We are working in partnership with law schools across the state.")]
    [InlineData("Our clients are based in prisons far from home.")]
    [InlineData("Die Stelle ist in Teilzeit.")]
    [InlineData("Für unsere Stelle suchen wir Verstärkung in Bern und Umgebung.")]
    [InlineData("Die Stelle ist unbefristet in Festanstellung.")]
    [InlineData("Einsatz in Elternzeitvertretung.")]
    [InlineData("Die Vollzeitstelle ist in Kooperation mit der Universität.")]
    [InlineData("Our new director joins our team in September.")]
    [InlineData("Our team in the courts argues for people wrongly convicted.")]
    [InlineData("Austin, our intake coordinator, answers every letter.")]
    [InlineData("Jackson Smith, Executive Director.")]
    [InlineData("Full-time, hybrid.")]
    [InlineData("Our part-time volunteers meet in Leeds.")]
    public void Reads_no_place_from_a_sentence_that_names_none(string text)
    {
        Assert.Null(ProseFields.Location(text));
    }

    [Theory]
    [InlineData("Bitte schicke deine Bewerbung bis zum 15. Mai 2024 an uns.", "15. Mai 2024")]
    [InlineData("Bewerbungen bitte bis zum 31. Januar 2027 an bewerbung@example.org.", "31. Januar 2027")]
    [InlineData("Envía tu CV a empleo@example.org antes del 5 de abril de 2024.", "5 de abril de 2024")]
    [InlineData("Reageren kan tot en met 31 mei 2024 via de e-mail.", "31 mei 2024")]
    [InlineData("有意者请于2024年5月31日前将个人简历发送至我们。", "2024年5月31日")]
    [InlineData("履歴書を2024年5月20日（月）必着でお送りください。", "2024年5月20日")]
    [InlineData("请于2027年1月10日17:00前将个人简历发送至 clinic@example.cn。", "2027年1月10日")]
    [InlineData("履歴書を2027年1月15日（金）17時までにお送りください。", "2027年1月15日")]
    [InlineData("請於2027年1月8日下午5時前寄送履歷。", "2027年1月8日")]
    [InlineData("To apply, email a resume and cover letter to jobs@example.org by January 10, 2027.", "January 10, 2027")]
    [InlineData("Se reciben candidaturas hasta el 10 de enero de 2027.", "10 de enero de 2027")]
    [InlineData("Las solicitudes se aceptan hasta el 3 de febrero de 2027.", "3 de febrero de 2027")]
    [InlineData("Le domande vanno inviate entro il 15 gennaio 2027.", "15 gennaio 2027")]
    [InlineData("Les candidatures sont à envoyer avant le 12 janvier 2027.", "12 janvier 2027")]
    [InlineData("Glasgow, £34,000, closing 5 January 2027", "5 January 2027")]
    [InlineData("Part-time, closing 12/01/2027.", "12/01/2027")]
    [InlineData("Applications are due December 31, 2026.", "December 31, 2026")]
    [InlineData("Resumes due by 15 January 2027", "15 January 2027")]
    [InlineData("£29,500 pro rata, London (hybrid). Closing date: 9am, Monday 11 January 2027.", "11 January 2027")]
    [InlineData("Closing date: 12 noon on Friday 8 January 2027", "8 January 2027")]
    [InlineData("Applications close 5pm AEDT, Friday 22 January 2027.", "22 January 2027")]
    [InlineData("Applications close Friday 15 January 2027 at 5pm.", "15 January 2027")]
    [InlineData("Buscamos dos personas. Fecha límite: 15 de enero de 2027.", "15 de enero de 2027")]
    [InlineData("Cierre de la convocatoria: viernes 15 de enero de 2027", "15 de enero de 2027")]
    [InlineData("Bewerbungsschluss: 17:00 Uhr, Freitag, 15. Januar 2027", "15. Januar 2027")]
    [InlineData("Date limite : lundi 11 janvier 2027", "11 janvier 2027")]
    [InlineData("Enviá tu CV a busquedas@example.org.ar hasta el 20 de diciembre de 2026.", "20 de diciembre de 2026")]
    [InlineData("Lebenslauf und Anschreiben bis zum 15. Januar 2027 an info@example.de.", "15. Januar 2027")]
    [InlineData("CV et lettre de motivation avant le vendredi 8 janvier 2027.", "8 janvier 2027")]
    [InlineData("Curriculum a info@example.it entro il 10 gennaio 2027.", "10 gennaio 2027")]
    [InlineData("Currículo para vagas@example.org.br até 20 de janeiro de 2027.", "20 de janeiro de 2027")]
    [InlineData("Je cv ontvangen we graag uiterlijk 12 januari 2027.", "12 januari 2027")]
    [InlineData("CV prosimy przesyłać do 15 stycznia 2027 r.", "15 stycznia 2027")]
    [InlineData("Zgłoszenia prosimy wysyłać najpóźniej do 22 lutego 2027 r. na adres rekrutacja@example.pl.", "22 lutego 2027")]
    [InlineData("Strukturovaný životopis zasílejte do 15. 1. 2027 na adresu prace@example.cz.", "15. 1. 2027")]
    [InlineData("Přihlášky posílejte nejpozději do 15.1.2027.", "15.1.2027")]
    [InlineData("Send din ansøgning senest den 8. januar 2027 til job@example.dk.", "8. januar 2027")]
    [InlineData("Skicka din ansökan senast 10 januari 2027 till jobb@example.se.", "10 januari 2027")]
    [InlineData("Send søknaden innen 12. januar 2027.", "12. januar 2027")]
    public void Reads_a_closing_date_from_running_text(string text, string date)
    {
        Assert.Equal(date, ProseFields.ClosingDate(text));
    }

    [Theory]
    [InlineData("Inscrições: de 7 a 18 de dezembro de 2026, pelo e-mail selecao@example.org.br.", "18 de dezembro de 2026")]
    [InlineData("Postulaciones: del 9 al 15 de diciembre de 2026.", "15 de diciembre de 2026")]
    [InlineData("Plazo de postulación: del 09/12/2026 al 15/12/2026", "15/12/2026")]
    [InlineData("Candidatures du 7 au 18 décembre 2026 par courriel.", "18 décembre 2026")]
    [InlineData("Candidature dal 7 al 18 dicembre 2026.", "18 dicembre 2026")]
    [InlineData("Bewerbungen vom 7. bis 18. Dezember 2026 an jobs@example.de.", "18. Dezember 2026")]
    [InlineData("Applications open from 7 to 18 December 2026.", "18 December 2026")]
    public void An_application_period_closes_on_its_second_date(string text, string date) =>
        Assert.Equal(date, ProseFields.ClosingDate(text));

    [Theory]
    [InlineData("Honorarios: $620.000 mensuales. Postulaciones hasta el 18 de diciembre.", "18 de diciembre")]
    [InlineData("Bewerbungen bis 18. Dezember an jobs@example.de.", "18. Dezember")]
    [InlineData("Applications open until 18 December.", "18 December")]
    [InlineData("Envoyez votre CV avant le 8 janvier.", "8 janvier")]
    [InlineData("Candidature entro il 10 gennaio.", "10 gennaio")]
    public void Reads_a_day_and_month_an_application_is_due_by(string text, string date) =>
        Assert.Equal(date, ProseFields.YearlessClosingDate(text));

    [Theory]
    [InlineData("Postulaciones hasta el 18 de diciembre de 2026.")]
    [InlineData("Contrato de sustitución hasta el 30 de junio.")]
    [InlineData("Send your CV by the 18th.")]
    [InlineData("Agenda: 12/12 – Jornada de capacitación.")]
    public void A_whole_date_a_contracts_end_or_no_month_is_no_yearless_closing(string text) =>
        Assert.Null(ProseFields.YearlessClosingDate(text));

    [Theory]
    [InlineData("Die Stelle ist befristet bis zum 31. Dezember 2027.")]
    [InlineData("Contrato de sustitución hasta el 30 de junio de 2027.")]
    [InlineData("Contratto a tempo determinato entro il 31 dicembre 2027.")]
    public void A_contracts_end_is_no_closing_date(string text) =>
        Assert.Null(ProseFields.ClosingDate(text));

    [Theory]
    [InlineData("max. € 3.900 bruto per maand", "max. € 3.900 bruto per maand")]
    [InlineData("Vergütung ca. € 3.000 brutto. Bewerbung per E-Mail", "Vergütung ca. € 3.000 brutto")]
    [InlineData("Min. $22 an hour", "Min. $22 an hour")]
    [InlineData("Entlohnung nach KV: mind. € 2.780,40 brutto/Monat. Dienstbeginn: ehestmöglich", "Entlohnung nach KV: mind. € 2.780,40 brutto/Monat")]
    [InlineData("Gehalt mind. EUR 3.100 brutto. Bewerbung bis Mai", "Gehalt mind. EUR 3.100 brutto")]
    [InlineData("Office in Leeds. Salary £30,000", "Office in Leeds")]
    public void A_sentence_does_not_end_at_an_abbreviation_leading_an_amount(string text, string first) =>
        Assert.Equal(first, ProseFields.FirstSentence(text));

    [Fact]
    public void Reads_the_pay_clause_of_a_long_sentence()
    {
        Assert.Equal("La rémunération est de 1 950 € brut par mois",
            ProseFields.Salary("La rémunération est de 1 950 € brut par mois, avec la prise en charge de 50 % de l'abonnement de transport en commun."));
    }

    [Theory]
    [InlineData("Für diese Position gilt laut Kollektivvertrag der Sozialwirtschaft Österreich eine Einstufung in Verwendungsgruppe 8; das monatliche Mindestentgelt beträgt € 3.623,70 brutto auf Basis Vollzeit (37 Wochenstunden).",
        "das monatliche Mindestentgelt beträgt € 3.623,70 brutto auf Basis Vollzeit (37 Wochenstunden)")]
    [InlineData("Le poste relève de la convention collective nationale des établissements privés et de la grille de classification des juristes; la rémunération est d'au moins 2 400 € brut par mois.",
        "la rémunération est d'au moins 2 400 € brut par mois")]
    [InlineData("El puesto se rige por el convenio colectivo de oficinas y despachos de la provincia y por el plan de igualdad de la entidad; salario mínimo de 1.850 € brutos al mes.",
        "salario mínimo de 1.850 € brutos al mes")]
    [InlineData("De functie is ingeschaald volgens de cao van de sector en de functiewaardering van de organisatie uit het jaar van indiensttreding; het salaris is minimaal € 3.100 bruto per maand.",
        "het salaris is minimaal € 3.100 bruto per maand")]
    public void Reads_the_pay_clause_after_a_semicolon_in_a_long_sentence(string text, string clause) =>
        Assert.Equal(clause, ProseFields.Salary(text));

    [Theory]
    [InlineData("Posted 12/3/26. New Orleans, LA. Full-time. Salary: $75,000 - $90,000.", "New Orleans, LA")]
    [InlineData("Posted 11/15/26. Jackson, MS, with travel across the state. Full-time, $52,000–$58,000 plus benefits.", "Jackson, MS")]
    [InlineData("Posted 12/1/26. New Orleans, LA (hybrid). Part-time, 20 hrs/week, $30/hour.", "New Orleans, LA (hybrid)")]
    [InlineData("Posted 2 December. Parramatta, NSW. Part-time, 3 days a week.", "Parramatta, NSW")]
    [InlineData("Publié le 3 décembre. Gatineau (Québec). Temps plein, 52 000 $ par an.", "Gatineau (Québec)")]
    [InlineData("Publicado el 3/12/26. Monterrey, NL. Tiempo completo.", "Monterrey, NL")]
    [InlineData("Veröffentlicht am 3.12.2026. Kassel (Hessen). Teilzeit, 50 %.", "Kassel (Hessen)")]
    [InlineData("Posted 12/3/26. Full-time (Permanent). Salary: $75,000.", null)]
    [InlineData("We work across Louisiana. Apply today.", null)]
    public void A_place_written_as_a_sentence_of_its_own_among_an_excerpt_s_facts_is_the_place(string text, string? place) =>
        Assert.Equal(place, ProseFields.PlaceSentence(text));
}
