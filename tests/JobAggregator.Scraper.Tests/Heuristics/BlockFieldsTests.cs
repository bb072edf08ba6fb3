using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class BlockFieldsTests
{
    [Theory]
    [InlineData("New Orleans, LA", true)]
    [InlineData("Baton Rouge, LA", true)]
    [InlineData("Portland, OR", true)]
    [InlineData("Dover, DE", true)]
    [InlineData("Fort Wayne, IN", true)]
    [InlineData("Publiée le", false)]
    [InlineData("Posted on", false)]
    [InlineData("Staff Attorney and", false)]
    public void A_state_s_code_in_capitals_ends_a_place_where_a_connector_would_cut_it_short(string text, bool place) =>
        Assert.Equal(place, BlockFields.LooksLikePlace(text));

    [Theory]
    [InlineData("Wrocław / praca hybrydowa", true)]
    [InlineData("Gdańsk/zdalnie", true)]
    [InlineData("Köln / mobiles Arbeiten", true)]
    [InlineData("Utrecht / hybride werken", true)]
    [InlineData("Lyon / télétravail partiel", true)]
    [InlineData("Valencia / modalidad híbrida", true)]
    [InlineData("Leeds / hybrid", true)]
    [InlineData("praca / hybrydowa", false)]
    [InlineData("Wrocław / praca na pełny etat", false)]
    public void A_town_then_how_the_work_is_done_after_a_slash_is_a_place(string text, bool place) =>
        Assert.Equal(place, BlockFields.LooksLikePlace(text));

    [Theory]
    [InlineData("Dublin 7 (hybrid)", true)]
    [InlineData("Dublin 6W", true)]
    [InlineData("Praha 2", true)]
    [InlineData("Paris 11e", true)]
    [InlineData("Band 5", false)]
    [InlineData("Level 3", false)]
    public void A_numbered_postal_district_is_part_of_its_town(string text, bool place) =>
        Assert.Equal(place, BlockFields.LooksLikePlace(text));

    [Theory]
    [InlineData("Wien, 9. Bezirk", true)]
    [InlineData("Graz, 2. Bezirk", true)]
    [InlineData("Wien 10. Gemeindebezirk", true)]
    [InlineData("Zürich, Kreis 4", true)]
    [InlineData("Lyon, 7e arrondissement", true)]
    [InlineData("Paris 11e arrondissement", true)]
    [InlineData("9. Bezirk", false)]
    [InlineData("Verwendungsgruppe 8", false)]
    public void A_district_named_by_its_number_after_the_town_is_part_of_the_place(string text, bool place) =>
        Assert.Equal(place, BlockFields.LooksLikePlace(text));

    [Theory]
    [InlineData("<span class=\"day\">04</span><span class=\"month\">Dez</span><span class=\"year\">2026</span>", "04 Dez 2026")]
    [InlineData("<span>12</span><span>Jan</span><span>2027</span>", "12 Jan 2027")]
    [InlineData("<strong>3</strong><span>mars</span><span>2027</span>", "3 mars 2027")]
    [InlineData("<span class=\"dia\">15</span><span class=\"mes\">ene</span><span class=\"ano\">2027</span>", "15 ene 2027")]
    [InlineData("<span>Mar</span><span>3</span><span>2027</span>", "Mar 3 2027")]
    public void A_date_badge_written_in_parts_dates_the_item(string badge, string date)
    {
        var block = Html.Parse($"""
            <html><body><div id="b"><div class="news-list-date">{badge}</div><h3><a href="/news/1">Sozialarbeiter*in (m/w/d)</a></h3>
            <p>Teilzeit in Kassel.</p></div></body></html>
            """).GetElementById("b")!;

        var read = BlockFields.Read(block, block.QuerySelector("h3"));

        Assert.Equal((date, null), (read.DatePosted, read.ValidThrough));
    }

    [Fact]
    public void Numbers_in_parts_that_make_no_date_are_no_badge()
    {
        var block = Html.Parse("""
            <html><body><div id="b"><h3>Paralegal</h3><div class="stats"><span>12</span><span>open</span><span>cases</span></div></div></body></html>
            """).GetElementById("b")!;

        Assert.Null(BlockFields.Read(block, block.QuerySelector("h3")).DatePosted);
    }

    [Theory]
    [InlineData("北京·朝阳区", "全职", "北京·朝阳区", "全职")]
    [InlineData("上海·静安区", "兼职", "上海·静安区", "兼职")]
    [InlineData("臺北市中正區", "全職", "臺北市中正區", "全職")]
    [InlineData("東京都新宿区", "パート", "東京都新宿区", "パート")]
    [InlineData("大阪市北区", "正社員", "大阪市北区", "正社員")]
    public void A_card_s_tags_give_its_place_and_type(string placeTag, string typeTag, string place, string type)
    {
        var html = $"""
            <html><body><main><h1>加入我们</h1>
            <div class="job-item"><h3 class="job-title">法务专员</h3><div class="job-tags"><span class="tag">{placeTag}</span><span class="tag">{typeTag}</span></div><p>接待来访群众，提供法律咨询</p></div>
            <div class="job-item"><h3 class="job-title">社工督导</h3><div class="job-tags"><span class="tag">{placeTag}</span><span class="tag">{typeTag}</span></div><p>为一线社工提供专业督导</p></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), new Uri("https://members.test/joinus/"));

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal((place, type), (d.Location, d.EmploymentType)));
    }

    [Theory]
    [InlineData("Ort: Leipzig. Beginn: 1. April 2027. Vergütung in Anlehnung an TV-L E13. Bewerbungsschluss: 24. Januar 2027.", "Leipzig", "24. Januar 2027")]
    [InlineData("Lieu : Lyon. Début : 1er mars 2027. Date limite : 15 janvier 2027.", "Lyon", "15 janvier 2027")]
    [InlineData("Location: St. Gallen. Start: 1 March 2027. Closing date: 15 January 2027.", "St. Gallen", "15 January 2027")]
    [InlineData("Sede: Bologna. Inizio: 1 marzo 2027. Scadenza: 30 gennaio 2027.", "Bologna", "30 gennaio 2027")]
    [InlineData("Standplaats: Den Haag. Startdatum: 1 maart 2027. Reageren vóór: 15 januari 2027.", "Den Haag", "15 januari 2027")]
    public void Labelled_sentences_run_together_are_each_read_by_their_label(string facts, string place, string closing)
    {
        var block = Html.Parse($"<html><body><details><summary>Juriste</summary><p>{facts}</p></details></body></html>").QuerySelector("details")!;

        var read = BlockFields.Read(block, block.QuerySelector("summary"));

        Assert.Equal(place, read.Location);
        Assert.StartsWith(closing, read.ValidThrough, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dienstort: Linz. 20 Wochenstunden, befristet als Karenzvertretung bis 31. Dezember 2027.", "Linz")]
    [InlineData("Lieu : Namur. 19 heures par semaine, contrat à durée indéterminée.", "Namur")]
    [InlineData("Sede: Bologna. 30 ore settimanali, contratto a tempo determinato.", "Bologna")]
    [InlineData("Lugar de trabajo: Rosario. 20 horas semanales, contrato temporal.", "Rosario")]
    [InlineData("Location: Leeds. 30 hours per week, fixed-term contract.", "Leeds")]
    [InlineData("Standort: St. Gallen. 80 %, unbefristet.", "St. Gallen")]
    public void A_place_label_s_value_ends_with_its_sentence(string facts, string place)
    {
        var block = Html.Parse($"<html><body><div id=\"b\"><h3>Sozialarbeiter*in</h3><p>{facts}</p></div></body></html>").GetElementById("b")!;

        Assert.Equal(place, BlockFields.Read(block, block.QuerySelector("h3")).Location);
    }

    [Theory]
    [InlineData("Bern", "Pensum 60–80 %", "unbefristet", "Pensum 60–80 %")]
    [InlineData("Biel/Bienne", "Arbeitspensum 40%", "Stellenantritt nach Vereinbarung", "Arbeitspensum 40%")]
    [InlineData("Lausanne", "Taux d'activité 80 %", "CDI", "Taux d'activité 80 %")]
    [InlineData("Ann Arbor or Detroit, MI", "Unpaid internship (academic credit available)", "10 weeks, June to August 2027", "Unpaid internship (academic credit available)")]
    [InlineData("Lyon", "Stage rémunéré", "6 mois", "Stage rémunéré")]
    [InlineData("Madrid", "Prácticas remuneradas", "6 meses", "Prácticas remuneradas")]
    public void A_workload_after_its_label_or_an_internship_named_in_a_few_words_is_a_card_s_type(string place, string fact, string terms, string type)
    {
        var block = Html.Parse($"""
            <html><body><div id="b"><div class="heading-style-h5">Sozialarbeiter/in FH</div><div class="meta"><div>{place}</div><div>{fact}</div><div>{terms}</div></div></div></body></html>
            """).GetElementById("b")!;

        var read = BlockFields.Read(block, block.QuerySelector("div.heading-style-h5"));

        Assert.Equal((place, type), (read.Location, read.EmploymentType));
    }

    [Theory]
    [InlineData("Application deadline: Review of applications begins December 28, 2026; open until filled")]
    [InlineData("Date limite : examen des candidatures dès le 5 janvier 2027, jusqu'à ce que le poste soit pourvu")]
    [InlineData("Bewerbungsfrist: Sichtung der Bewerbungen ab 10. Januar 2027, bis zur Besetzung")]
    [InlineData("Plazo: revisión de candidaturas a partir del 8 de enero de 2027, hasta cubrir la plaza")]
    [InlineData("Scadenza: valutazione delle candidature dal 12 gennaio 2027, fino a copertura")]
    public void A_deadline_field_that_dates_the_start_of_review_gives_no_closing_date(string line)
    {
        var block = Html.Parse($"<html><body><div id=\"b\"><h3>Investigator</h3><p>Location: Tallahassee, FL<br>{line}</p></div></body></html>").GetElementById("b")!;

        Assert.Null(BlockFields.Read(block, block.QuerySelector("h3")).ValidThrough);
    }

    [Theory]
    [InlineData("Application deadline: January 15, 2027 (first review January 5, 2027)", "January 15, 2027")]
    [InlineData("Date limite : 15 janvier 2027 (examen des candidatures dès le 5 janvier)", "15 janvier 2027")]
    public void A_deadline_before_a_review_start_is_the_closing_date(string line, string closing)
    {
        var block = Html.Parse($"<html><body><div id=\"b\"><h3>Investigator</h3><p>Location: Tallahassee, FL<br>{line}</p></div></body></html>").GetElementById("b")!;

        Assert.StartsWith(closing, BlockFields.Read(block, block.QuerySelector("h3")).ValidThrough, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Stagiaire juriste (6 mois)", "Taux d'activité : 100 %", "Indemnité : CHF 2'000.– par mois", "Stagiaire")]
    [InlineData("Juristische*r Praktikant*in", "Pensum: 100 %", "Entschädigung: CHF 2'200.– pro Monat", "Praktikant")]
    [InlineData("Tirocinante area legale", "Impegno: 100%", "Indennità di tirocinio: € 800 al mese", "Tirocinante")]
    [InlineData("Legal Intern", "Hours: 100 % FTE", "Stipend: $2,000 per month", "Intern")]
    public void An_intern_s_title_is_an_internship_whatever_workload_the_block_states_and_its_allowance_its_pay(
        string title, string workload, string allowance, string intern)
    {
        var html = $"""
            <html><body><main><h2>Nous recrutons</h2>
            <div><h3>{title}</h3><p>Lieu : Genève<br>{workload}<br>{allowance}<br>Délai : 15 janvier 2027</p></div>
            <div><h3>Juriste à 80 %</h3><p>Lieu : Lausanne<br>Taux d'activité : 80 %<br>Délai : 22 janvier 2027</p></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), new Uri("https://members.test/emplois/"));

        Assert.Equal(2, drafts.Count);
        Assert.StartsWith(intern, drafts[0].EmploymentType, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith(allowance[(allowance.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(), drafts[0].SalaryText, StringComparison.Ordinal);
        Assert.Equal("80 %", drafts[1].EmploymentType);
    }

    [Theory]
    [InlineData("Salary: R38 000 – R45 000 per month (CTC)", "R38 000 – R45 000 per month (CTC)")]
    [InlineData("Salário: R$ 5.000 – R$ 7.000 por mês", "R$ 5.000 – R$ 7.000 por mês")]
    [InlineData("Remuneración: S/ 3.500 – S/ 4.200 mensuales", "S/ 3.500 – S/ 4.200 mensuales")]
    [InlineData("Gehalt: CHF 6 400 – CHF 7 300 pro Monat", "CHF 6 400 – CHF 7 300 pro Monat")]
    public void A_pay_range_with_its_currency_before_each_end_is_one_field(string line, string pay)
    {
        var html = $"""
            <html><body><main><h2>Join our team</h2>
            <div><h3>Attorney</h3><p>Location: Johannesburg<br>{line}<br>Closing date: 15 January 2027</p></div>
            <div><h3>Paralegal</h3><p>Location: Cape Town<br>{line}<br>Closing date: 22 January 2027</p></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), new Uri("https://members.test/join-our-team/"));

        Assert.Equal(["Attorney", "Paralegal"], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.Equal(pay, d.SalaryText));
    }

    [Theory]
    [InlineData("<span class=\"etiqueta\">Concurso</span>", "Jornada completa, Santiago.", "Santiago")]
    [InlineData("<div class=\"views-field-field-categoria\">Seminario</div>", "Tempo parziale, Bologna.", "Bologna")]
    [InlineData("<span class=\"post-category\">Recrutement</span>", "CDI, temps plein, Lille.", "Lille")]
    [InlineData("<span class=\"kategorie\">Ausschreibung</span>", "Teilzeit, Bremen.", "Bremen")]
    public void A_category_line_is_no_place(string category, string facts, string town)
    {
        var block = Html.Parse($"<html><body><div id=\"b\">{category}<p>{facts}</p></div></body></html>").GetElementById("b")!;

        Assert.StartsWith(town, BlockFields.Read(block, null).Location);
    }

    [Theory]
    [InlineData("Remuneración bruta mensual: $1.350.000.", "$1.350.000. (Remuneración bruta mensual)")]
    [InlineData("Sueldo mensual: $900.000", "$900.000 (Sueldo mensual)")]
    [InlineData("Salaire annuel brut : 32 000 €", "32 000 € (Salaire annuel brut)")]
    [InlineData("Retribuzione mensile: 1.850 €", "1.850 € (Retribuzione mensile)")]
    [InlineData("Monthly salary: £2,400", "£2,400 (Monthly salary)")]
    [InlineData("Gehalt monatlich: 3.200 €", "3.200 € (Gehalt monatlich)")]
    [InlineData("Salário mensal: R$ 4.200", "R$ 4.200 (Salário mensal)")]
    [InlineData("Maandloon: € 3.100", "€ 3.100 (Maandloon)")]
    [InlineData("Salary: $52,000", "$52,000")]
    [InlineData("Remuneración: $900.000 mensuales", "$900.000 mensuales")]
    public void A_pay_label_naming_the_period_stays_with_its_amount(string line, string pay)
    {
        var block = Html.Parse($"<html><body><div id=\"b\"><h3>Abogado/a</h3><ul><li>{line}</li></ul></div></body></html>").GetElementById("b")!;

        Assert.Equal(pay, BlockFields.Read(block, block.QuerySelector("h3")).SalaryText);
    }

    [Theory]
    [InlineData("Contrato: reemplazo pre y postnatal", "Jornada: media jornada (22 horas semanales)", "reemplazo pre y postnatal, media jornada (22 horas semanales)")]
    [InlineData("Contrato: plazo fijo por 6 meses", "Jornada: media jornada", "plazo fijo por 6 meses, media jornada")]
    [InlineData("Jornada: completa (44 horas semanales)", "Contrato: indefinido", "Jornada completa (44 horas semanales)")]
    public void A_jornada_line_keeps_its_label_only_when_its_value_does_not_name_it(string first, string second, string type)
    {
        var block = Html.Parse($"<html><body><div id=\"b\"><h3>Psicólogo/a</h3><p>{first}</p><p>{second}</p></div></body></html>").GetElementById("b")!;

        Assert.Equal(type, BlockFields.Read(block, block.QuerySelector("h3")).EmploymentType);
    }

    [Theory]
    [InlineData("Contratación como monotributista, 20 horas semanales.", "monotributista")]
    [InlineData("Contratação como pessoa jurídica, 30 horas semanais.", "pessoa jurídica")]
    [InlineData("Je werkt als ZZP'er, 24 uur per week.", "ZZP'er")]
    [InlineData("Incarico con partita IVA, 20 ore settimanali.", "partita IVA")]
    [InlineData("Mission en auto-entrepreneur, 3 jours par semaine.", "auto-entrepreneur")]
    [InlineData("Tätigkeit freiberuflich, ca. 15 Stunden pro Woche.", "freiberuflich")]
    public void Hiring_as_a_business_in_a_short_line_is_the_kind_of_job(string line, string type)
    {
        var block = Html.Parse($"<html><body><div id=\"b\"><h3>Abogado/a</h3><ul><li>{line}</li><li>Honorarios: $900.000 mensuales.</li></ul></div></body></html>").GetElementById("b")!;

        Assert.Equal(type, BlockFields.Read(block, block.QuerySelector("h3")).EmploymentType);
    }

    [Theory]
    [InlineData("Jornada de 22 horas semanales, contrata a plazo fijo hasta diciembre de 2027. Renta bruta mensual: $1.200.000. Lugar de desempeño: Valdivia, Región de Los Ríos. Plazo de postulación: hasta el 10 de enero de 2027.", "Valdivia, Región de Los Ríos", "$1.200.000 (Renta bruta mensual)")]
    [InlineData("Contrato a termo certo de doze meses, com possibilidade de renovação no final. Vencimento base: 1.100,00 € mensais. Local de trabalho: Coimbra.", "Coimbra", "1.100,00 € mensais (Vencimento base)")]
    [InlineData("Contratto a tempo determinato di dodici mesi con possibilità di proroga alla scadenza. Retribuzione lorda annua: circa 30.000 euro. Sede di lavoro: Imola.", "Imola", "circa 30.000 euro (Retribuzione lorda annua)")]
    [InlineData("Wir bieten eine befristete Stelle für zwei Jahre mit der Möglichkeit einer Verlängerung. Bruttogehalt: 3.200 € im Monat. Arbeitsort: Graz.", "Graz", "3.200 € im Monat")]
    [InlineData("A two-year position with the possibility of extension for the right candidate at the end. Annual salary: $58,000. Location: Boise, Idaho.", "Boise, Idaho", "$58,000 (Annual salary)")]
    public void Labelled_sentences_inside_a_paragraph_of_prose_are_read_by_their_label(string prose, string place, string pay)
    {
        var block = Html.Parse($"<html><body><div id=\"b\"><h3>Abogado/a</h3><p>{prose}</p></div></body></html>").GetElementById("b")!;

        var read = BlockFields.Read(block, block.QuerySelector("h3"));

        Assert.Equal((place, pay), (read.Location?.TrimEnd('.'), read.SalaryText));
    }

    [Theory]
    [InlineData("36 uur per week, jaarcontract met uitzicht op vast", "36 uur per week, jaarcontract met uitzicht op vast")]
    [InlineData("20 horas semanales, contrato temporal", "20 horas semanales, contrato temporal")]
    [InlineData("38 Stunden pro Woche, befristet auf zwei Jahre", "38 Stunden pro Woche, befristet auf zwei Jahre")]
    [InlineData("30 ore settimanali, contratto a tempo determinato", "30 ore settimanali, contratto a tempo determinato")]
    [InlineData("Prestação de serviços (recibos verdes), 15 horas semanais", "Prestação de serviços (recibos verdes), 15 horas semanais")]
    [InlineData("Prestación de servicios, 6 meses", "Prestación de servicios, 6 meses")]
    public void A_line_leading_with_the_week_s_hours_or_a_service_contract_is_the_type(string line, string type)
    {
        var block = Html.Parse($"<html><body><div id=\"b\"><h3>Jurist</h3><p>Standplaats: Assen</p><p>{line}</p></div></body></html>").GetElementById("b")!;

        Assert.Equal(type, BlockFields.Read(block, block.QuerySelector("h3")).EmploymentType);
    }

    [Theory]
    [InlineData("Hours", "22.5 per week, Tuesday to Thursday", "22.5 hours per week, Tuesday to Thursday")]
    [InlineData("Uren", "24 per week", "24 uur per week")]
    [InlineData("Arbeitszeit", "20 pro Woche", "20 Stunden pro Woche")]
    [InlineData("Temps de travail", "24 par semaine", "24 heures par semaine")]
    [InlineData("Horario", "20 por semana", "20 horas por semana")]
    [InlineData("Orario", "25 a settimana", "25 ore a settimana")]
    [InlineData("Hours", "30 hours per week", "30 hours per week")]
    [InlineData("Contract", "12 per week", "12 per week")]
    public void An_hours_label_gives_the_unit_of_a_bare_count_of_hours_a_week(string label, string value, string read) =>
        Assert.Equal(read, HoursLabels.WithUnit(label, value));

    [Theory]
    [InlineData("Hours", "22.5 per week, Tuesday to Thursday", "Contract", "Fixed term for 12 months")]
    [InlineData("Uren", "24 per week", "Contract", "Tijdelijk voor 12 maanden")]
    [InlineData("Arbeitszeit", "20 pro Woche", "Vertrag", "befristet auf 12 Monate")]
    [InlineData("Temps de travail", "24 par semaine", "Contrat", "CDD de 12 mois")]
    public void A_bare_count_under_an_hours_label_is_the_type_before_a_fixed_term(string hoursLabel, string hours, string termLabel, string term)
    {
        var block = Html.Parse($"<html><body><div id=\"b\"><h3>Helpline Coordinator</h3><p><strong>{hoursLabel}:</strong> {hours}<br><strong>{termLabel}:</strong> {term}</p></div></body></html>").GetElementById("b")!;

        var read = BlockFields.Read(block, block.QuerySelector("h3"));

        // The term may stand beside the hours ("Tijdelijk voor 12 maanden, 24 uur per week"): the hours decide the type.
        Assert.Contains(HoursLabels.WithUnit(hoursLabel, hours), read.EmploymentType);
        Assert.NotEqual(hours, read.EmploymentType);
    }

    [Theory]
    [InlineData("fr", "Nouveau", "Marseille")]
    [InlineData("en", "New!", "Leeds")]
    [InlineData("de", "Neu", "Kassel")]
    [InlineData("es", "Nuevo", "Sevilla")]
    [InlineData("nl", "Nieuw", "Utrecht")]
    [InlineData("it", "Urgente", "Napoli")]
    public void A_badge_marking_the_ad_new_or_urgent_is_no_place(string language, string badge, string town)
    {
        var block = Html.Parse($"<html lang=\"{language}\"><body><div id=\"b\"><span><a href=\"/jobs/1\">Juriste</a><span class=\"bulb\">{badge}</span></span><span>{town}</span></div></body></html>").GetElementById("b")!;

        Assert.Equal(town, BlockFields.Read(block, block.QuerySelector("a")).Location);
    }
}
