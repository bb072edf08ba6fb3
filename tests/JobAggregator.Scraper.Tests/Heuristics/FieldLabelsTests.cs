using System.Text.RegularExpressions;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed partial class FieldLabelsTests
{
    [Theory]
    [InlineData("工作性質：", "EmploymentType")]
    [InlineData("工作類型", "EmploymentType")]
    [InlineData("Statut :", "EmploymentType")]
    [InlineData("Statut d’emploi", "EmploymentType")]
    [InlineData("薪資：", "Salary")]
    [InlineData("Taux horaire", "Salary")]
    [InlineData("Salaire annuel :", "Salary")]
    [InlineData("刊登日期", "DatePosted")]
    [InlineData("報名截止日期：", "ValidThrough")]
    [InlineData("截止日期", "ValidThrough")]
    [InlineData("截止", "ValidThrough")]
    [InlineData("申请截止", "ValidThrough")]
    [InlineData("申請截止日期", "ValidThrough")]
    [InlineData("応募締切", "ValidThrough")]
    [InlineData("締切日", "ValidThrough")]
    [InlineData("Fecha de vencimiento", "ValidThrough")]
    [InlineData("Data de encerramento", "ValidThrough")]
    [InlineData("Uiterste datum", "ValidThrough")]
    [InlineData("Data scadenza", "ValidThrough")]
    [InlineData("Deadline date", "ValidThrough")]
    [InlineData("職缺名稱", "Title")]
    [InlineData("職稱", "Title")]
    public void Knows_Taiwanese_and_Quebec_field_labels(string label, string expected) =>
        Assert.Equal(expected, FieldLabels.KindOf(label).ToString());

    [Theory]
    [InlineData("Lloc de treball:", "Location")]
    [InlineData("Contracte:", "EmploymentType")]
    [InlineData("Retribució:", "Salary")]
    [InlineData("Termini:", "ValidThrough")]
    [InlineData("Retribución:", "Salary")]
    [InlineData("Tipo de contratación:", "EmploymentType")]
    [InlineData("Contratação:", "EmploymentType")]
    [InlineData("Regime de contratação", "EmploymentType")]
    public void Knows_Catalan_Spanish_and_Portuguese_hiring_labels(string label, string expected) =>
        Assert.Equal(expected, FieldLabels.KindOf(label).ToString());

    [Theory]
    [InlineData("Carga horaria:")]
    [InlineData("Dedicación:")]
    [InlineData("Jornada semanal:")]
    [InlineData("Horas semanales:")]
    [InlineData("Carga horária semanal:")]
    [InlineData("Ore settimanali:")]
    [InlineData("Durée hebdomadaire :")]
    [InlineData("Wochenarbeitszeit:")]
    [InlineData("Uren per week:")]
    [InlineData("Hours per week:")]
    public void Knows_the_weeks_hours_as_a_type_label(string label) =>
        Assert.Equal(FieldKind.EmploymentType, FieldLabels.KindOf(label));

    [Theory]
    [InlineData("Indemnité :")]
    [InlineData("Indemnité de stage")]
    [InlineData("Entschädigung:")]
    [InlineData("Praktikumsvergütung:")]
    [InlineData("Indennità di tirocinio:")]
    [InlineData("Rimborso:")]
    [InlineData("Ayuda económica:")]
    [InlineData("Stagevergoeding")]
    public void Knows_a_trainee_s_allowance_as_pay(string label) =>
        Assert.Equal(FieldKind.Salary, FieldLabels.KindOf(label));

    [Theory]
    [InlineData("Date d'affichage :", "DatePosted")]
    [InlineData("Date d’affichage", "DatePosted")]
    [InlineData("Affiché le", "DatePosted")]
    [InlineData("Date de mise en ligne :", "DatePosted")]
    [InlineData("Date advertised:", "DatePosted")]
    [InlineData("Ausgeschrieben am", "DatePosted")]
    [InlineData("Date limite pour postuler :", "ValidThrough")]
    [InlineData("Date limite d'envoi des candidatures", "ValidThrough")]
    [InlineData("Deadline to apply:", "ValidThrough")]
    public void Knows_when_a_post_was_put_up_and_when_applications_end(string label, string expected) =>
        Assert.Equal(expected, FieldLabels.KindOf(label).ToString());

    [Theory]
    [InlineData("Application deadlines")]
    [InlineData("Closing dates:")]
    [InlineData("Bewerbungsfristen")]
    [InlineData("Dates limites")]
    [InlineData("Plazos de postulación")]
    [InlineData("Scadenze")]
    [InlineData("Sluitingsdata")]
    [InlineData("Prazos")]
    public void Knows_several_openings_deadlines_under_one_label(string label) =>
        Assert.Equal(FieldKind.ValidThrough, FieldLabels.KindOf(label));

    [Theory]
    [InlineData("Lieu / Location", "Location")]
    [InlineData("Poste / Position", "Title")]
    [InlineData("Salaire / Salary :", "Salary")]
    [InlineData("Date limite / Closing date", "ValidThrough")]
    [InlineData("Arbeitsort / Lieu de travail:", "Location")]
    [InlineData("Functie / Fonction", "Title")]
    [InlineData("Salaris/Salaire", "Salary")]
    [InlineData("Lohn / Salaire", "Salary")]
    [InlineData("Lugar / Lloc de treball", "Location")]
    [InlineData("Stelle / Poste / Posizione", "Title")]
    [InlineData("Salary / Benefits", "None")]
    [InlineData("Location / Remote", "None")]
    [InlineData("Lieu / Salaire", "None")]
    public void Knows_a_label_given_in_two_or_three_languages_when_every_copy_names_the_same_field(string label, string expected) =>
        Assert.Equal(expected, FieldLabels.KindOf(label).ToString());

    [Theory]
    [InlineData("Faixa salarial:")]
    [InlineData("Rango salarial:")]
    [InlineData("Fourchette salariale :")]
    [InlineData("Fascia retributiva:")]
    [InlineData("Salarisschaal:")]
    [InlineData("Gehaltsspanne:")]
    [InlineData("Salary band:")]
    public void Knows_a_pay_ranges_label_as_pay(string label) =>
        Assert.Equal(FieldKind.Salary, FieldLabels.KindOf(label));

    [Theory]
    [InlineData("Tipo de vinculación", "EmploymentType")]
    [InlineData("Vínculo:", "EmploymentType")]
    [InlineData("Modalidade de contratação:", "EmploymentType")]
    [InlineData("Type d'engagement :", "EmploymentType")]
    [InlineData("Forma contrattuale:", "EmploymentType")]
    [InlineData("Contractvorm:", "EmploymentType")]
    [InlineData("Vertragsart:", "EmploymentType")]
    [InlineData("Honorarios", "Salary")]
    [InlineData("Honorários:", "Salary")]
    [InlineData("Honoraires :", "Salary")]
    [InlineData("Vencimento base:", "Salary")]
    [InlineData("Valor hora:", "Salary")]
    [InlineData("Uurtarief:", "Salary")]
    [InlineData("Stundenlohn:", "Salary")]
    [InlineData("Retribuzione lorda annua:", "Salary")]
    [InlineData("Vencimento ilíquido mensal:", "Salary")]
    public void Knows_a_contract_s_binding_and_a_fee_or_base_pay_s_labels(string label, string expected) =>
        Assert.Equal(expected, FieldLabels.KindOf(label).ToString());

    [Theory]
    [InlineData("Honorarios / salario", "Salary")]
    [InlineData("Salario/Honorarios", "Salary")]
    [InlineData("Lugar / sede", "Location")]
    [InlineData("Plaats/standplaats", "Location")]
    [InlineData("Ort / Standort", "Location")]
    [InlineData("Lugar / Fecha límite", "None")]
    [InlineData("Nombre / apellido", "None")]
    public void A_label_of_alternatives_names_the_field_its_parts_agree_on(string label, string expected) =>
        Assert.Equal(expected, FieldLabels.KindOf(label).ToString());

    [Theory]
    [InlineData("Term", "EmploymentType")]
    [InlineData("Contract term:", "EmploymentType")]
    [InlineData("Position term", "EmploymentType")]
    public void Knows_a_contract_s_term_as_a_type_label(string label, string expected) =>
        Assert.Equal(expected, FieldLabels.KindOf(label).ToString());

    [Theory]
    [InlineData("Lugar de desempeño:", "Location")]
    [InlineData("Lugar de prestación del servicio", "Location")]
    [InlineData("Local de exercício:", "Location")]
    [InlineData("Sede di servizio:", "Location")]
    [InlineData("Lieu d’affectation :", "Location")]
    [InlineData("Duty station:", "Location")]
    [InlineData("Renta bruta mensual:", "Salary")]
    [InlineData("Renta líquida:", "Salary")]
    [InlineData("Plazo de postulación", "ValidThrough")]
    [InlineData("Período de candidaturas:", "ValidThrough")]
    [InlineData("Periodo di candidatura:", "ValidThrough")]
    [InlineData("Période de candidature :", "ValidThrough")]
    [InlineData("Application period:", "ValidThrough")]
    public void Knows_public_service_place_and_application_period_labels(string label, string expected) =>
        Assert.Equal(expected, FieldLabels.KindOf(label).ToString());

    [Theory]
    [InlineData("15 de dez. de 2026", true)]
    [InlineData("18 de noviembre de 2026", true)]
    [InlineData("4 November 2024", true)]
    [InlineData("18 de gener de 2027", true)]
    [InlineData("Publicado el 02/12/2026", false)]
    [InlineData("hasta el 8 de enero de 2027", false)]
    public void Tells_a_date_and_nothing_else(string text, bool dateOnly) =>
        Assert.Equal(dateOnly, FieldLabels.IsDateOnly(text));

    [Theory]
    [InlineData("Vacante", "Title")]
    [InlineData("Puesto de trabajo:", "Title")]
    [InlineData("Vaga", "Title")]
    [InlineData("Poste à pourvoir", "Title")]
    [InlineData("Functienaam", "Title")]
    [InlineData("Nazwa stanowiska:", "Title")]
    [InlineData("Oggetto", "Title")]
    [InlineData("職名", "Title")]
    [InlineData("Plaats van tewerkstelling:", "Location")]
    [InlineData("Tewerkstellingsplaats", "Location")]
    [InlineData("Bruto maandloon:", "Salary")]
    [InlineData("Maandloon", "Salary")]
    [InlineData("Uurloon", "Salary")]
    [InlineData("Wedde", "Salary")]
    [InlineData("Sueldo mensual", "Salary")]
    [InlineData("Salaire brut annuel :", "Salary")]
    [InlineData("Monthly salary", "Salary")]
    [InlineData("Stipendio lordo (€)", "Salary")]
    [InlineData("Annual leave", "None")]
    [InlineData("Fecha mensual", "None")]
    [InlineData("Fonction", "Title")]
    [InlineData("Función", "Title")]
    [InlineData("Funzione", "Title")]
    [InlineData("Funktion", "Title")]
    [InlineData("Site", "Location")]
    [InlineData("Site de travail :", "Location")]
    [InlineData("Work site", "Location")]
    public void Knows_the_labels_of_a_title_or_a_pay_column(string label, string expected) =>
        Assert.Equal(expected, FieldLabels.KindOf(label).ToString());

    [Theory]
    [InlineData("field__label", true)]
    [InlineData("views-label views-label-field-salary", true)]
    [InlineData("field-label", true)]
    [InlineData("job_label", true)]
    [InlineData("field--label-inline", false)]
    [InlineData("tablabel", false)]
    [InlineData("labelled", false)]
    [InlineData("field__item", false)]
    public void A_class_ending_in_label_marks_a_field_s_label(string classes, bool expected)
    {
        var element = Html.Parse($"<div class=\"{classes}\">Location</div>").QuerySelector("div")!;

        Assert.Equal(expected, FieldLabels.IsMarkedLabel(element));
    }

    [Theory]
    [InlineData("Office manager (parttime)", "parttime")]
    [InlineData("Jurist*in (befristet, 100 %)", "befristet, 100 %")]
    [InlineData("Estagiário(a) de Direito", "Estagiário(a)")]
    [InlineData("Stage de six mois en droit des étrangers", "Stage")]
    [InlineData("Stage – plaidoyer", "Stage")]
    [InlineData("Seleção de estagiários 2027", "estagiários")]
    [InlineData("Convocatoria de becarios", "becarios")]
    [InlineData("Stagiair onderzoek", "Stagiair")]
    [InlineData("Stagiaire juridique", "Stagiaire")]
    [InlineData("Praktikant*in Rechtsberatung", "Praktikant")]
    [InlineData("Becario/a de investigación", "Becario")]
    [InlineData("Estagiário/a de Direito", "Estagiário")]
    [InlineData("Stagista area legale", "Stagista")]
    [InlineData("Tirocinante in diritto penale", "Tirocinante")]
    [InlineData("Judicatura ad honorem", "Judicatura")]
    [InlineData("Pasantía en litigio estratégico", "Pasantía")]
    [InlineData("Práctica profesional en derecho penal", "Práctica profesional")]
    [InlineData("Estágio em Direito Penal", "Estágio")]
    [InlineData("Tirocinio in area legale", "Tirocinio")]
    [InlineData("Praktykant w dziale prawnym", "Praktykant")]
    [InlineData("法律实习生", "实习")]
    [InlineData("法務インターン", "インターン")]
    [InlineData("弁護士（常勤）", "常勤")]
    [InlineData("社会福祉士（非常勤）", "非常勤")]
    [InlineData("相談員（フルタイム）", "フルタイム")]
    [InlineData("Legal Fellow (2-year fellowship)", "2-year fellowship")]
    [InlineData("Abogado/a (beca de un año)", "beca de un año")]
    [InlineData("Ricercatore (borsa di studio, 12 mesi)", "borsa di studio, 12 mesi")]
    [InlineData("Juristin/Jurist (20 Wochenstunden)", "20 Wochenstunden")]
    [InlineData("Casemanager (24-32 uur)", "24-32 uur")]
    [InlineData("Juridisch adviseur (24 uur)", "24 uur")]
    [InlineData("Jurist (32 uur)", "32 uur")]
    [InlineData("Sozialarbeiter*in (19,5 Std.)", "19,5 Std.")]
    [InlineData("Berater*in (20 Stunden)", "20 Stunden")]
    [InlineData("Paralegal (20 hours)", "20 hours")]
    [InlineData("Juriste (24 heures)", "24 heures")]
    [InlineData("Assistente legale (20 ore)", "20 ore")]
    [InlineData("Abogado/a (20-25 horas)", "20-25 horas")]
    [InlineData("特任助教（任期付・常勤）", "常勤")]
    public void Reads_the_kind_of_job_a_title_states(string title, string expected)
    {
        Assert.Equal(expected, FieldLabels.EmploymentTypeInTitle(title));
    }

    [Theory]
    [InlineData("Stage Manager")]
    [InlineData("Early stage investor relations lead")]
    [InlineData("Stages et bénévolat")]
    public void A_stage_that_is_no_french_internship_names_no_intern(string title) =>
        Assert.Null(FieldLabels.InternIn(title));

    [Theory]
    [InlineData("Atuação em Recife (PE), regime CLT, 40 horas semanais.", "regime CLT")]
    [InlineData("Für unsere Beratungsstelle suchen wir eine*n Sozialarbeiter*in mit 25 Stunden pro Woche.", "25 Stunden pro Woche")]
    [InlineData("Utrecht · 32–36 uur per week", null)]
    [InlineData("Das monatliche Mindestgehalt beträgt € 2.400 brutto auf Basis Vollzeit (38 Wochenstunden).", null)]
    [InlineData("£30,000 (£24,000 pro rata) on a full-time basis; the post is part-time.", "part-time")]
    [InlineData("Salaire de 4 200 € base temps plein, poste à temps partiel.", "temps partiel")]
    [InlineData("Full-time equivalent salary: $60,000", null)]
    [InlineData("Retribuzione su base tempo pieno di 30.000 €", null)]
    [InlineData("Vervangingscontract, halftijds (19 u/week)", "halftijds")]
    [InlineData("Contract van bepaalde duur, 19 u/week", "19 u/week")]
    [InlineData("Contract van onbepaalde duur, voltijds (38 u/week)", "voltijds")]
    [InlineData("De permanentie is bereikbaar 24 u op 24.", null)]
    [InlineData("Contrato de trabalho a termo certo (12 meses), tempo completo", "tempo completo")]
    [InlineData("Lugar a tempo completo em Lisboa.", "tempo completo")]
    [InlineData("Für unsere Beratungsstelle in Graz suchen wir eine Juristin im Ausmaß von 30 Wochenstunden (unbefristet).", "30 Wochenstunden")]
    [InlineData("Dienstort: Linz. 20 Wochenstunden, befristet als Karenzvertretung.", "20 Wochenstunden")]
    [InlineData("Teilzeit mit 25 WStd.", "Teilzeit")]
    [InlineData("Mindestentgelt € 3.120,– brutto/Monat (Basis 37 WStd.), Überzahlung möglich.", null)]
    [InlineData("€ 3.412,– brutto monatlich auf Basis Vollzeit (37 Wochenstunden)", null)]
    [InlineData("Stillingen er fastansat på 37 timer om ugen med arbejdssted i Odense.", "37 timer om ugen")]
    [InlineData("Tjänsten är på 30 timmar i veckan.", "30 timmar i veckan")]
    [InlineData("Stillingen er på 20 timer i uken.", "20 timer i uken")]
    [InlineData("Arbetstid 40 tim/vecka", "40 tim/vecka")]
    public void Reads_hours_words_and_weekly_hours_in_running_text(string text, string? expected)
    {
        Assert.Equal(expected, FieldLabels.HoursIn(text));
    }

    [Theory]
    [InlineData("16 uur", true)]
    [InlineData("24-32 uur", true)]
    [InlineData("20 Stunden", true)]
    [InlineData("30 ore", true)]
    [InlineData("Utrecht", false)]
    [InlineData("16 uur per week bij ons", false)]
    [InlineData("24 uur per week", true)]
    [InlineData("32-36 uur per week", true)]
    [InlineData("20 Stunden pro Woche", true)]
    [InlineData("30 Std./Woche", true)]
    [InlineData("30 heures par semaine", true)]
    [InlineData("20 horas semanales", true)]
    [InlineData("20 horas a la semana", true)]
    [InlineData("25 ore settimanali", true)]
    [InlineData("30 hours per week", true)]
    [InlineData("20 godzin tygodniowo", true)]
    [InlineData("24 uur per maand", false)]
    public void A_count_of_hours_alone_is_a_fact_of_hours(string text, bool expected) =>
        Assert.Equal(expected, FieldLabels.IsHoursOnly(text));

    [Theory]
    [InlineData("0.8 FTE (32 hours)", true)]
    [InlineData("32 hours (0.8 FTE)", true)]
    [InlineData("80 %", true)]
    [InlineData("4/5e (30,4 h)", true)]
    [InlineData("0,6 FTE", true)]
    [InlineData("80 % remote", false)]
    [InlineData("0.8 FTE (32 hours) in Wellington", false)]
    [InlineData("Wellington", false)]
    public void A_share_of_the_week_alone_or_restated_in_brackets_is_a_workload(string text, bool expected) =>
        Assert.Equal(expected, FieldLabels.IsWorkShareOnly(text));

    [Theory]
    [InlineData("Ofrecemos un contrato temporal de un año en Cáceres.", "contrato temporal")]
    [InlineData("Si tratta di un contratto a tempo indeterminato presso la sede di Bari.", "contratto a tempo indeterminato")]
    [InlineData("Wir bieten eine befristete Stelle für zwei Jahre.", "befristete Stelle")]
    [InlineData("Poste en CDI, à pourvoir dès que possible.", "en CDI")]
    [InlineData("Our contract with the county runs until 2026.", null)]
    public void Reads_a_contract_kind_in_running_text(string text, string? expected)
    {
        Assert.Equal(expected, FieldLabels.ContractIn(text));
    }

    public static TheoryData<string> ColonTexts() =>
    [
        "Location: Boulder, CO", "Location : Boulder", "Location:Boulder", "  Location:  Boulder  ", "Salary： €3.400", ":value",
        "Location:", "Location:   ", "Location:\n", "Location:\u00A0", "Label\t:\tvalue\n", "a:b:c", "a：b:c", " : value", "   :",
        new string('x', 40) + ": v", new string('x', 40) + "   : v", new string('x', 41) + ": v", " " + new string('x', 40) + ": v",
        new string('x', 39) + "\u2003\u2003: v", "Closes 10:30 am", "No colon here", "", ":", "a:", "\u2003Closing date:\u00A0March 3",
        "Contratto: part-time\nSede: Roma", "Jornada: completa", "Posted on: 12/03/2024 ",
    ];

    [Theory]
    [MemberData(nameof(ColonTexts))]
    public void A_label_is_split_at_its_colon_as_the_label_pattern_splits_it(string text)
    {
        var match = LabelColon().Match(text);
        var colon = FieldLabels.LabelColonAt(text);

        Assert.Equal(match.Success, colon > 0);
        if (match.Success)
        {
            Assert.Equal(match.Groups["label"].Value.Trim(), text[..colon].Trim());
            Assert.Equal(match.Groups["value"].Value.Trim(), text[(colon + 1)..].Trim());
            Assert.Equal(FieldLabels.KindOf(match.Groups["label"].Value), FieldLabels.KindOf(text[..colon]));
        }
    }

    [Theory]
    [InlineData("Location: Boulder, CO", "Location", "Location", "Boulder, CO")]
    [InlineData("Standort Hamburg, befristet auf zwei Jahre", "Location", "Standort", "Hamburg")]
    [InlineData("Sede di Milano.", "Location", "Sede di", "Milano")]
    [InlineData("Lieu Lyon 3e", "Location", "Lieu", "Lyon 3e")]
    [InlineData("Ubicación Sevilla (híbrido), jornada completa", "Location", "Ubicación", "Sevilla (híbrido)")]
    [InlineData("Locatie Den Haag", "Location", "Locatie", "Den Haag")]
    [InlineData("Bolsa: R$ 1.800,00 mensais", "Salary", "Bolsa", "R$ 1.800,00 mensais")]
    [InlineData("Beca: 600 € al mes", "Salary", "Beca", "600 € al mes")]
    [InlineData("Gratification : 4,35 € de l'heure", "Salary", "Gratification", "4,35 € de l'heure")]
    [InlineData("Stagevergoeding: € 500 per maand", "Salary", "Stagevergoeding", "€ 500 per maand")]
    [InlineData("Rimborso spese: 800 € al mese", "Salary", "Rimborso spese", "800 € al mese")]
    [InlineData("Indennità: 500 € mensili", "Salary", "Indennità", "500 € mensili")]
    [InlineData("Indennità di tirocinio: 600 euro al mese", "Salary", "Indennità di tirocinio", "600 euro al mese")]
    [InlineData("Widełki: 120 – 160 zł/h netto + VAT", "Salary", "Widełki", "120 – 160 zł/h netto + VAT")]
    [InlineData("Stawka godzinowa: 35 zł brutto", "Salary", "Stawka godzinowa", "35 zł brutto")]
    [InlineData("Jornada :  completa ", "EmploymentType", "Jornada", "completa")]
    [InlineData("Posted on 12/03/2024", "DatePosted", "Posted on", "12/03/2024")]
    [InlineData("Location:", "None", "", "Location:")]
    [InlineData("Inscripción hasta el 12 de mayo de 2025", "ValidThrough", "Inscripción hasta el", "12 de mayo de 2025")]
    [InlineData("Solicitudes hasta el 30/06/2025", "ValidThrough", "Solicitudes hasta el", "30/06/2025")]
    [InlineData("Recibimos CV hasta el 15/03/2025", "ValidThrough", "Recibimos CV hasta el", "15/03/2025")]
    [InlineData("Candidature entro il 10/09/2025", "ValidThrough", "Candidature entro il", "10/09/2025")]
    [InlineData("Domande entro il 1 ottobre 2025", "ValidThrough", "Domande entro il", "1 ottobre 2025")]
    [InlineData("Solliciteren kan tot en met 20 januari 2027", "ValidThrough", "Solliciteren kan tot en met", "20 januari 2027")]
    [InlineData("Solliciteren tot en met 3 februari 2027", "ValidThrough", "Solliciteren tot en met", "3 februari 2027")]
    [InlineData("Reageren kan tot en met 15/01/2027", "ValidThrough", "Reageren kan tot en met", "15/01/2027")]
    [InlineData("Plaats van tewerkstelling: Antwerpen", "Location", "Plaats van tewerkstelling", "Antwerpen")]
    [InlineData("Bruto maandloon: € 1.620", "Salary", "Bruto maandloon", "€ 1.620")]
    [InlineData("Ciudad: Cali, Valle del Cauca", "Location", "Ciudad", "Cali, Valle del Cauca")]
    [InlineData("Città: Bologna", "Location", "Città", "Bologna")]
    [InlineData("Miasto: Wrocław", "Location", "Miasto", "Wrocław")]
    [InlineData("Stad: Gent", "Location", "Stad", "Gent")]
    [InlineData("職缺類別：全職，1名", "EmploymentType", "職缺類別", "全職，1名")]
    [InlineData("公告日期：2026-12-03", "DatePosted", "公告日期", "2026-12-03")]
    public void A_labelled_text_gives_its_field_label_and_value(string text, string kind, string label, string value)
    {
        Assert.Equal((Enum.Parse<FieldKind>(kind), label, value), FieldLabels.Split(text));
    }

    /// <summary>The pattern the split at a colon stands for.</summary>
    [GeneratedRegex(@"^(?<label>[^:：]{1,40}?)\s*[:：]\s*(?<value>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex LabelColon();

    [Theory]
    [InlineData("Juristin / Jurist 60–80 %", "60–80 %")]
    [InlineData("Sozialarbeiter*in 50%", "50%")]
    [InlineData("Juriste à 80 %", "80 %")]
    [InlineData("Staff Attorney", null)]
    public void Reads_a_workload_a_title_states(string title, string? expected) =>
        Assert.Equal(expected, FieldLabels.WorkloadIn(title));

    [Theory]
    [InlineData("Am Lehrstuhl ist eine Stelle (50 %, Entgeltgruppe E 13 TV-L) in Kassel zu besetzen.", "50 %")]
    [InlineData("Wir bieten eine 75 %-Stelle ab März.", "75 %")]
    [InlineData("Il s'agit d'un poste à 80 % basé à Lyon.", "80 %")]
    [InlineData("Ofrecemos un puesto al 50 % en Sevilla.", "50 %")]
    [InlineData("Si offre un posto al 60% a Milano.", "60%")]
    [InlineData("This is a position at 80% of full time.", "80%")]
    [InlineData("Het betreft een functie van 80 % in Utrecht.", "80 %")]
    [InlineData("Det er en 50 % stilling i Odense.", "50 %")]
    [InlineData("In 80 % der Fälle wird das Verfahren eingestellt.", null)]
    [InlineData("Plus 50 % de réduction sur les transports en commun.", null)]
    [InlineData("Die Stelle wird mit 13,98 € pro Stunde vergütet, 100 % gefördert.", null)]
    public void Reads_a_post_s_share_of_a_week_in_prose(string text, string? expected) =>
        Assert.Equal(expected, FieldLabels.PostWorkloadIn(text));

    [Theory]
    [InlineData("2 déc.", true)]
    [InlineData("20. Nov.", true)]
    [InlineData("Nov 20", true)]
    [InlineData("3 de dic.", true)]
    [InlineData("12 dicembre", true)]
    [InlineData("5 mei", true)]
    [InlineData("2 places", false)]
    [InlineData("3 Monate", false)]
    [InlineData("Marseille", false)]
    [InlineData("2 déc. 2026", false)]
    public void Reads_a_day_and_month_alone_as_a_yearless_date(string text, bool yearless) =>
        Assert.Equal(yearless, FieldLabels.IsYearlessDateOnly(text));

    [Theory]
    [InlineData("Visstidsanställning juni–augusti 2027, heltid", "Visstidsanställning")]
    [InlineData("Tillsvidareanställning, heltid", "Tillsvidareanställning")]
    [InlineData("Fastansættelse, 37 timer", "Fastansættelse")]
    [InlineData("Tidsbegrænset, deltid", "Tidsbegrænset")]
    [InlineData("Visstidsgruppen Uppsala", "")]
    public void A_Swedish_or_Danish_contract_word_leads_a_type(string text, string lead) =>
        Assert.Equal(lead.Length, FieldLabels.EmploymentTypeLength(text));
}
