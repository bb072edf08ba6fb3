using JobAggregator.Normalizer.Languages;

namespace JobAggregator.Normalizer.Tests.Languages;

public sealed class LanguageDetectorTests
{
    public static TheoryData<string, string?, string?, string?> Texts => new()
    {
        {
            "Operations Coordinator",
            "The Georgia Innocence Project is hiring an Operations Coordinator who will manage our intake database and work with the Operations Director on the running of the office.",
            null, "en"
        },
        {
            "Supervising Attorney",
            "This is a new position. The Supervising Attorney will supervise our staff attorneys and fellows, keep a small caseload and manage pro bono partnerships with law firms.",
            "es", "en"
        },
        {
            "Abogado/a",
            "El Proyecto Inocencia busca un abogado para trabajar en la revisión de casos de condenas erróneas. El puesto es de tiempo completo y requiere experiencia en litigio penal.",
            null, "es"
        },
        {
            "Juriste",
            "Le projet Innocence France recrute un juriste pour son équipe à Lyon. Le poste est à temps plein et comprend l'analyse des dossiers de condamnations injustes avec les avocats.",
            null, "fr"
        },
        {
            "Tirocinio",
            "L'Italy Innocence Project cerca un tirocinante per la clinica legale dell'Università Roma Tre. Il tirocinio è dedicato allo studio degli errori giudiziari e delle revisioni dei processi.",
            null, "it"
        },
        {
            "Vrijwilliger",
            "Het Knoops' Innocence Project zoekt een vrijwilliger voor het onderzoek naar gerechtelijke dwalingen. Je werkt samen met onze advocaten en bent beschikbaar voor twee dagen per week.",
            null, "nl"
        },
        {
            "Juristin",
            "Wir suchen eine engagierte Juristin für die Prüfung von Fehlurteilen. Die Stelle ist in Vollzeit und die Arbeit findet in einem kleinen Team mit erfahrenen Anwälten statt.",
            null, "de"
        },
        {
            "Advogado",
            "O projeto procura um advogado para trabalhar na revisão de condenações injustas. A vaga é de tempo integral e o trabalho será feito com uma equipe pequena no escritório.",
            null, "pt"
        },
        { "法務專員", "台灣冤獄平反協會徵求專職法務人員，負責冤案救援的案件研究與訴訟支援工作。", null, "zh" },
        {
            "Coordinador/a de comunicación",
            "Buscamos una persona para coordinar la comunicación del proyecto con los medios y las redes sociales. Será parte de un equipo pequeño en Buenos Aires.",
            "es", "es"
        },
        {
            "Investigator",
            "The Knoops' Innocence Project is looking for an investigator to review case files and interview witnesses with our team in Amsterdam.",
            "nl", "en"
        },
        {
            "Chargé(e) de communication",
            "Nous recherchons une personne pour la communication de l'association et les relations avec les médias. Le poste est basé à Lyon.",
            "en", "fr"
        },
        { "法務專員", null, "zh", "zh" },
        { "Staff Attorney", null, "es", "es" },
        { "Staff Attorney", null, null, null },
        { "Abogado", "", null, null },
        { "Post-Graduate Fellowship Program", "Starts Fall 2020.", "en", "en" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Tells_the_language_or_falls_back_to_the_source(string title, string? description, string? sourceLanguage, string? expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(title, description, sourceLanguage));
    }
}
