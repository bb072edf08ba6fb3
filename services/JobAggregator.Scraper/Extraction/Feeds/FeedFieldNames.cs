using System.Text;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Text;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>The names feeds give their job fields, in the network's languages: the elements of an XML job feed
/// (<c>&lt;title&gt;</c>, <c>&lt;titel&gt;</c>, <c>&lt;plaats&gt;</c>, <c>&lt;bewerbungsschluss&gt;</c>) and those feeds add
/// in their own namespaces or extensions (<c>job:salary</c>, <c>jobs:closingDate</c>, NEOGOV's
/// <c>joblisting:advertiseToDateTime</c>, <c>_job.closes</c>), matched by local name whatever the prefix. Names are
/// compared <see cref="Compact"/>: lower case, without separators or diacritics ("fecha_límite" is "fechalimite"). Each
/// list is in order of preference: where an item has two of a field's names, the earlier name is read.</summary>
internal static class FeedFieldNames
{
    public static readonly string[] Title =
    [
        "title", "jobtitle", "titel", "functie", "functietitel", "bezeichnung", "stellenbezeichnung", "stellentitel", "funktion",
        "titre", "intitule", "intituleduposte", "titulo", "puesto", "cargo", "titolo",
    ];

    public static readonly string[] Organization =
    [
        "company", "companyname", "employer", "organization", "organisation", "hiringorganization", "hiringorganisation", "org",
        "organisatie", "werkgever", "arbeitgeber", "unternehmen", "entreprise", "employeur", "empresa", "organizacion", "azienda",
        "ente", "organizzazione", "organizacao", "empregador",
    ];

    /// <summary>A place in one field ("Rotterdam", "Lyon, France"); <see cref="City"/>, <see cref="Region"/> and
    /// <see cref="Country"/> are its parts where a feed gives them apart.</summary>
    public static readonly string[] Location =
    [
        "location", "joblocation", "locations", "place", "workplace", "worklocation", "plaats", "standplaats", "werklocatie", "locatie",
        "standort", "arbeitsort", "einsatzort", "dienstort", "ort", "lieu", "lieudetravail", "localisation", "ubicacion", "lugar",
        "lugardetrabajo", "luogo", "sede", "sededilavoro", "local", "localdetrabalho", "localizacao",
    ];

    public static readonly string[] City =
    [
        "city", "stad", "stadt", "ville", "ciudad", "localidad", "citta", "comune", "cidade",
    ];

    public static readonly string[] Region =
    [
        "state", "region", "province", "provincie", "bundesland", "kanton", "provincia", "regione", "estado",
    ];

    public static readonly string[] Country =
    [
        "country", "land", "pays", "pais", "paese", "nazione",
    ];

    public static readonly string[] EmploymentType =
    [
        "jobtype", "employmenttype", "contracttype", "schedule", "type", "worktype", "employment", "jobschedule", "dienstverband",
        "soortcontract", "contractvorm", "anstellungsart", "beschaftigungsart", "vertragsart", "contrat", "typedecontrat",
        "typecontrat", "contrato", "tipodecontrato", "tipocontrato", "jornada", "contratto", "tipocontratto", "tipologiacontrattuale",
        "regime", "regimedetrabalho",
    ];

    /// <summary>Working hours a week ("32", "24-32 uur"): the employment type as the hours say it.</summary>
    public static readonly string[] Hours =
    [
        "hours", "weeklyhours", "hoursperweek", "uren", "urenperweek", "stunden", "wochenstunden", "arbeitszeit", "heures",
        "heuresparsemaine", "horas", "horassemanales", "ore", "oresettimanali", "cargahoraria",
    ];

    public static readonly string[] Salary =
    [
        "salary", "salaryrange", "basesalary", "pay", "payrange", "compensation", "wage", "wages", "remuneration", "salaris", "loon",
        "beloning", "gehalt", "vergutung", "verguetung", "entgelt", "salaire", "salario", "sueldo", "remuneracion", "stipendio",
        "retribuzione", "remunerazione", "remuneracao",
    ];

    public static readonly string[] DatePosted =
    [
        "date", "dateposted", "posted", "postedon", "postedat", "postdate", "pubdate", "publishdate", "published", "created", "createdat",
        "publicatiedatum", "geplaatst", "veroffentlicht", "veroeffentlicht", "veroffentlichtam", "datepublication", "datedepublication",
        "fechapublicacion", "fechadepublicacion", "datapubblicazione", "datadipubblicazione", "datapublicacao", "datadepublicacao",
    ];

    public static readonly string[] ValidThrough =
    [
        "expirationdate", "expirydate", "expires", "closingdate", "closedate", "deadline", "validthrough", "enddate", "applyby",
        "closing", "closes", "applicationdeadline", "expiration", "advertisetodatetime", "advertisetodate", "sluitingsdatum",
        "reagerenvoor", "bewerbungsschluss", "bewerbungsfrist", "datelimite", "datelimitedecandidature", "fechalimite",
        "fechadecierre", "scadenza", "datascadenza", "prazo", "prazodecandidatura", "datalimite",
    ];

    public static readonly string[] Description =
    [
        "description", "jobdescription", "body", "content", "summary", "omschrijving", "beschrijving", "beschreibung",
        "stellenbeschreibung", "descriptif", "descripcion", "descrizione", "descricao",
    ];

    public static readonly string[] Url =
    [
        "url", "link", "joburl", "detailurl",
    ];

    public static readonly string[] ApplyUrl =
    [
        "applyurl", "applicationurl",
    ];

    /// <summary>What a namespaced or extension field holds, by its local name.</summary>
    public static FieldKind KindOf(string localName)
    {
        var name = Compact(localName);
        return Salary.Contains(name) ? FieldKind.Salary
            : ValidThrough.Contains(name) ? FieldKind.ValidThrough
            : Location.Contains(name) || name == "address" ? FieldKind.Location
            : EmploymentType.Contains(name) || Hours.Contains(name) ? FieldKind.EmploymentType
            : Organization.Contains(name) ? FieldKind.Organization
            : DatePosted.Contains(name) && name is not ("date" or "pubdate" or "created" or "createdat") ? FieldKind.DatePosted
            : FieldKind.None;
    }

    /// <summary>The name in lower case without separators (<c>-_.</c>, whitespace) or diacritics.</summary>
    public static string Compact(string name)
    {
        var compact = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is not ('-' or '_' or '.') && !char.IsWhiteSpace(c) && !LatinLetterFolding.IsCombiningMark(c))
            {
                compact.Append(LatinLetterFolding.Ascii(char.ToLowerInvariant(c)));
            }
        }

        return compact.ToString();
    }
}
