using System.Text.RegularExpressions;

namespace JobAggregator.Normalizer.Locations;

/// <summary>The states and provinces of the countries the network's members are in: the 50 US states and DC, Canada's
/// provinces and territories, Australia's states and territories, Brazil's, Mexico's, Germany's and Austria's states, Switzerland's cantons
/// and the main regions of the Netherlands, Belgium, Spain (its autonomous communities), South Africa, Italy, France and New Zealand, Argentina's
/// provinces, Chile's regions, and Colombia's and Peru's departments (ISO 3166-2 codes without the country).</summary>
internal static partial class Subdivisions
{
    private static readonly Subdivision[] All =
    [
        new("US", "AL", "Alabama"), new("US", "AK", "Alaska"), new("US", "AZ", "Arizona"), new("US", "AR", "Arkansas"),
        new("US", "CA", "California"), new("US", "CO", "Colorado"), new("US", "CT", "Connecticut"),
        new("US", "DE", "Delaware"), new("US", "DC", "District of Columbia"), new("US", "FL", "Florida"),
        new("US", "GA", "Georgia"), new("US", "HI", "Hawaii"), new("US", "ID", "Idaho"), new("US", "IL", "Illinois"),
        new("US", "IN", "Indiana"), new("US", "IA", "Iowa"), new("US", "KS", "Kansas"), new("US", "KY", "Kentucky"),
        new("US", "LA", "Louisiana"), new("US", "ME", "Maine"), new("US", "MD", "Maryland"),
        new("US", "MA", "Massachusetts"), new("US", "MI", "Michigan"), new("US", "MN", "Minnesota"),
        new("US", "MS", "Mississippi"), new("US", "MO", "Missouri"), new("US", "MT", "Montana"),
        new("US", "NE", "Nebraska"), new("US", "NV", "Nevada"), new("US", "NH", "New Hampshire"),
        new("US", "NJ", "New Jersey"), new("US", "NM", "New Mexico"), new("US", "NY", "New York"),
        new("US", "NC", "North Carolina"), new("US", "ND", "North Dakota"), new("US", "OH", "Ohio"),
        new("US", "OK", "Oklahoma"), new("US", "OR", "Oregon"), new("US", "PA", "Pennsylvania"),
        new("US", "RI", "Rhode Island"), new("US", "SC", "South Carolina"), new("US", "SD", "South Dakota"),
        new("US", "TN", "Tennessee"), new("US", "TX", "Texas"), new("US", "UT", "Utah"), new("US", "VT", "Vermont"),
        new("US", "VA", "Virginia"), new("US", "WA", "Washington"), new("US", "WV", "West Virginia"),
        new("US", "WI", "Wisconsin"), new("US", "WY", "Wyoming"),
        new("CA", "AB", "Alberta"), new("CA", "BC", "British Columbia"), new("CA", "MB", "Manitoba"),
        new("CA", "NB", "New Brunswick"), new("CA", "NL", "Newfoundland and Labrador"), new("CA", "NS", "Nova Scotia"),
        new("CA", "NT", "Northwest Territories"), new("CA", "NU", "Nunavut"), new("CA", "ON", "Ontario"),
        new("CA", "PE", "Prince Edward Island"), new("CA", "QC", "Quebec"), new("CA", "SK", "Saskatchewan"),
        new("CA", "YT", "Yukon"),
        new("AU", "NSW", "New South Wales"), new("AU", "VIC", "Victoria"), new("AU", "QLD", "Queensland"),
        new("AU", "WA", "Western Australia"), new("AU", "SA", "South Australia"), new("AU", "TAS", "Tasmania"),
        new("AU", "ACT", "Australian Capital Territory"), new("AU", "NT", "Northern Territory"),
        new("NL", "NH", "Noord-Holland"), new("NL", "ZH", "Zuid-Holland"), new("NL", "UT", "Utrecht"),
        new("NL", "GR", "Groningen"), new("NL", "FR", "Friesland"), new("NL", "DR", "Drenthe"),
        new("NL", "OV", "Overijssel"), new("NL", "GE", "Gelderland"), new("NL", "FL", "Flevoland"),
        new("NL", "NB", "Noord-Brabant"), new("NL", "LI", "Limburg"), new("NL", "ZE", "Zeeland"),
        new("BE", "WAL", "Wallonie"), new("BE", "VLG", "Vlaanderen"), new("BE", "BRU", "Bruxelles-Capitale"),
        new("ZA", "GP", "Gauteng"), new("ZA", "WC", "Western Cape"), new("ZA", "EC", "Eastern Cape"),
        new("ZA", "NC", "Northern Cape"), new("ZA", "KZN", "KwaZulu-Natal"), new("ZA", "FS", "Free State"),
        new("ZA", "NW", "North West"), new("ZA", "LP", "Limpopo"), new("ZA", "MP", "Mpumalanga"),
        new("IT", "62", "Lazio"), new("IT", "25", "Lombardia"), new("IT", "72", "Campania"), new("IT", "21", "Piemonte"),
        new("IT", "52", "Toscana"), new("IT", "45", "Emilia-Romagna"), new("IT", "34", "Veneto"), new("IT", "82", "Sicilia"),
        new("IT", "75", "Puglia"), new("IT", "88", "Sardegna"), new("IT", "42", "Liguria"),
        new("FR", "IDF", "Île-de-France"), new("FR", "ARA", "Auvergne-Rhône-Alpes"), new("FR", "PAC", "Provence-Alpes-Côte d'Azur"),
        new("FR", "OCC", "Occitanie"), new("FR", "NAQ", "Nouvelle-Aquitaine"), new("FR", "HDF", "Hauts-de-France"),
        new("FR", "GES", "Grand Est"), new("FR", "PDL", "Pays de la Loire"), new("FR", "BRE", "Bretagne"),
        new("FR", "NOR", "Normandie"), new("FR", "BFC", "Bourgogne-Franche-Comté"), new("FR", "CVL", "Centre-Val de Loire"),
        new("NZ", "AUK", "Auckland Region"), new("NZ", "WGN", "Wellington Region"), new("NZ", "CAN", "Canterbury"),
        new("NZ", "OTA", "Otago"), new("NZ", "WKO", "Waikato"), new("NZ", "BOP", "Bay of Plenty"),
        new("ES", "AN", "Andalucía"), new("ES", "AR", "Aragón"), new("ES", "AS", "Principado de Asturias"),
        new("ES", "CN", "Canarias"), new("ES", "CB", "Cantabria"), new("ES", "CL", "Castilla y León"),
        new("ES", "CM", "Castilla-La Mancha"), new("ES", "CT", "Cataluña"), new("ES", "EX", "Extremadura"),
        new("ES", "GA", "Galicia"), new("ES", "IB", "Illes Balears"), new("ES", "RI", "La Rioja"),
        new("ES", "MD", "Comunidad de Madrid"), new("ES", "MC", "Región de Murcia"), new("ES", "NC", "Comunidad Foral de Navarra"),
        new("ES", "PV", "País Vasco"), new("ES", "VC", "Comunitat Valenciana"),
        new("AR", "C", "Ciudad Autónoma de Buenos Aires"), new("AR", "B", "Provincia de Buenos Aires"),
        new("AR", "X", "Provincia de Córdoba"), new("AR", "S", "Provincia de Santa Fe"), new("AR", "M", "Provincia de Mendoza"),
        new("AR", "A", "Provincia de Salta"), new("AR", "T", "Provincia de Tucumán"), new("AR", "Q", "Provincia del Neuquén"),
        new("BR", "AC", "Acre"), new("BR", "AL", "Alagoas"), new("BR", "AP", "Amapá"), new("BR", "AM", "Amazonas"),
        new("BR", "BA", "Bahia"), new("BR", "CE", "Ceará"), new("BR", "DF", "Distrito Federal"),
        new("BR", "ES", "Espírito Santo"), new("BR", "GO", "Goiás"), new("BR", "MA", "Maranhão"),
        new("BR", "MT", "Mato Grosso"), new("BR", "MS", "Mato Grosso do Sul"), new("BR", "MG", "Minas Gerais"),
        new("BR", "PA", "Pará"), new("BR", "PB", "Paraíba"), new("BR", "PR", "Paraná"), new("BR", "PE", "Pernambuco"),
        new("BR", "PI", "Piauí"), new("BR", "RJ", "Rio de Janeiro"), new("BR", "RN", "Rio Grande do Norte"),
        new("BR", "RS", "Rio Grande do Sul"), new("BR", "RO", "Rondônia"), new("BR", "RR", "Roraima"),
        new("BR", "SC", "Santa Catarina"), new("BR", "SP", "São Paulo"), new("BR", "SE", "Sergipe"),
        new("BR", "TO", "Tocantins"),
        new("CH", "AG", "Aargau"), new("CH", "AI", "Appenzell Innerrhoden"),
        new("CH", "AR", "Appenzell Ausserrhoden"), new("CH", "BE", "Bern"), new("CH", "BL", "Basel-Landschaft"),
        new("CH", "BS", "Basel-Stadt"), new("CH", "FR", "Fribourg"), new("CH", "GE", "Genève"),
        new("CH", "GL", "Glarus"), new("CH", "GR", "Graubünden"), new("CH", "JU", "Jura"), new("CH", "LU", "Luzern"),
        new("CH", "NE", "Neuchâtel"), new("CH", "NW", "Nidwalden"), new("CH", "OW", "Obwalden"),
        new("CH", "SG", "St. Gallen"), new("CH", "SH", "Schaffhausen"), new("CH", "SO", "Solothurn"),
        new("CH", "SZ", "Schwyz"), new("CH", "TG", "Thurgau"), new("CH", "TI", "Ticino"), new("CH", "UR", "Uri"),
        new("CH", "VD", "Vaud"), new("CH", "VS", "Valais"), new("CH", "ZG", "Zug"), new("CH", "ZH", "Zürich"),
        new("MX", "AGU", "Aguascalientes"), new("MX", "BCN", "Baja California"), new("MX", "BCS", "Baja California Sur"),
        new("MX", "CAM", "Campeche"), new("MX", "CHP", "Chiapas"), new("MX", "CHH", "Chihuahua"),
        new("MX", "CMX", "Ciudad de México"), new("MX", "COA", "Coahuila"), new("MX", "COL", "Colima"),
        new("MX", "DUR", "Durango"), new("MX", "GUA", "Guanajuato"), new("MX", "GRO", "Guerrero"),
        new("MX", "HID", "Hidalgo"), new("MX", "JAL", "Jalisco"), new("MX", "MEX", "Estado de México"),
        new("MX", "MIC", "Michoacán"), new("MX", "MOR", "Morelos"), new("MX", "NAY", "Nayarit"),
        new("MX", "NLE", "Nuevo León"), new("MX", "OAX", "Oaxaca"), new("MX", "PUE", "Puebla"),
        new("MX", "QUE", "Querétaro"), new("MX", "ROO", "Quintana Roo"), new("MX", "SLP", "San Luis Potosí"),
        new("MX", "SIN", "Sinaloa"), new("MX", "SON", "Sonora"), new("MX", "TAB", "Tabasco"),
        new("MX", "TAM", "Tamaulipas"), new("MX", "TLA", "Tlaxcala"), new("MX", "VER", "Veracruz"),
        new("MX", "YUC", "Yucatán"), new("MX", "ZAC", "Zacatecas"),
        new("AT", "1", "Burgenland"), new("AT", "2", "Kärnten"), new("AT", "3", "Niederösterreich"),
        new("AT", "4", "Oberösterreich"), new("AT", "5", "Salzburg"), new("AT", "6", "Steiermark"), new("AT", "7", "Tirol"),
        new("AT", "8", "Vorarlberg"), new("AT", "9", "Wien"),
        new("DE", "BW", "Baden-Württemberg"), new("DE", "BY", "Bayern"), new("DE", "BE", "Berlin"),
        new("DE", "BB", "Brandenburg"), new("DE", "HB", "Bremen"), new("DE", "HH", "Hamburg"), new("DE", "HE", "Hessen"),
        new("DE", "MV", "Mecklenburg-Vorpommern"), new("DE", "NI", "Niedersachsen"), new("DE", "NW", "Nordrhein-Westfalen"),
        new("DE", "RP", "Rheinland-Pfalz"), new("DE", "SL", "Saarland"), new("DE", "SN", "Sachsen"),
        new("DE", "ST", "Sachsen-Anhalt"), new("DE", "SH", "Schleswig-Holstein"), new("DE", "TH", "Thüringen"),
        new("CO", "ANT", "Antioquia"), new("CO", "ARA", "Arauca"), new("CO", "ATL", "Atlántico"), new("CO", "BOY", "Boyacá"),
        new("CO", "CAL", "Caldas"), new("CO", "CAQ", "Caquetá"), new("CO", "CAS", "Casanare"), new("CO", "CAU", "Cauca"),
        new("CO", "CHO", "Chocó"), new("CO", "CUN", "Cundinamarca"), new("CO", "DC", "Distrito Capital de Bogotá"),
        new("CO", "GUA", "Guainía"), new("CO", "GUV", "Guaviare"), new("CO", "HUI", "Huila"), new("CO", "LAG", "La Guajira"),
        new("CO", "NAR", "Nariño"), new("CO", "NSA", "Norte de Santander"), new("CO", "PUT", "Putumayo"), new("CO", "QUI", "Quindío"),
        new("CO", "RIS", "Risaralda"), new("CO", "SAP", "San Andrés, Providencia y Santa Catalina"), new("CO", "TOL", "Tolima"),
        new("CO", "VAC", "Valle del Cauca"), new("CO", "VAU", "Vaupés"), new("CO", "VID", "Vichada"),
        new("CO", "AMA", "Departamento de Amazonas"), new("CO", "BOL", "Departamento de Bolívar"), new("CO", "CES", "Departamento del Cesar"),
        new("CO", "COR", "Departamento de Córdoba"), new("CO", "MAG", "Departamento del Magdalena"), new("CO", "MET", "Departamento del Meta"),
        new("CO", "SAN", "Departamento de Santander"), new("CO", "SUC", "Departamento de Sucre"),
        new("AR", "K", "Provincia de Catamarca"), new("AR", "H", "Chaco"), new("AR", "U", "Chubut"), new("AR", "W", "Provincia de Corrientes"),
        new("AR", "E", "Entre Ríos"), new("AR", "P", "Provincia de Formosa"), new("AR", "Y", "Provincia de Jujuy"), new("AR", "L", "La Pampa"),
        new("AR", "F", "Provincia de La Rioja"), new("AR", "N", "Provincia de Misiones"), new("AR", "R", "Provincia de Río Negro"),
        new("AR", "J", "Provincia de San Juan"), new("AR", "D", "Provincia de San Luis"), new("AR", "Z", "Provincia de Santa Cruz"),
        new("AR", "G", "Provincia de Santiago del Estero"), new("AR", "V", "Tierra del Fuego"),
        new("CL", "AI", "Aysén"), new("CL", "AN", "Región de Antofagasta"), new("CL", "AP", "Arica y Parinacota"), new("CL", "AR", "La Araucanía"),
        new("CL", "AT", "Atacama"), new("CL", "BI", "Biobío"), new("CL", "CO", "Región de Coquimbo"),
        new("CL", "LI", "Libertador General Bernardo O'Higgins"), new("CL", "LL", "Los Lagos"), new("CL", "LR", "Los Ríos"),
        new("CL", "MA", "Magallanes"), new("CL", "ML", "Maule"), new("CL", "NB", "Ñuble"), new("CL", "RM", "Región Metropolitana de Santiago"),
        new("CL", "TA", "Tarapacá"), new("CL", "VS", "Región de Valparaíso"),
        new("PE", "AMA", "Departamento de Amazonas"), new("PE", "ANC", "Áncash"), new("PE", "APU", "Apurímac"), new("PE", "ARE", "Departamento de Arequipa"), new("PE", "AYA", "Departamento de Ayacucho"),
        new("PE", "CAJ", "Departamento de Cajamarca"), new("PE", "CAL", "Provincia Constitucional del Callao"), new("PE", "CUS", "Departamento del Cusco"),
        new("PE", "HUV", "Departamento de Huancavelica"), new("PE", "HUC", "Departamento de Huánuco"), new("PE", "ICA", "Departamento de Ica"),
        new("PE", "JUN", "Departamento de Junín"), new("PE", "LAL", "Departamento de La Libertad"), new("PE", "LAM", "Departamento de Lambayeque"), new("PE", "LIM", "Departamento de Lima"),
        new("PE", "LOR", "Departamento de Loreto"), new("PE", "MDD", "Madre de Dios"), new("PE", "MOQ", "Departamento de Moquegua"), new("PE", "PAS", "Departamento de Pasco"),
        new("PE", "PIU", "Departamento de Piura"), new("PE", "PUN", "Departamento de Puno"), new("PE", "SAM", "Departamento de San Martín"),
        new("PE", "TAC", "Departamento de Tacna"), new("PE", "TUM", "Departamento de Tumbes"), new("PE", "UCA", "Ucayali"),
    ];

    private static readonly Dictionary<string, (string Country, string Code)> OtherNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Washington DC"] = ("US", "DC"),
        ["Washington D.C."] = ("US", "DC"),
        ["Québec"] = ("CA", "QC"),
        ["Newfoundland"] = ("CA", "NL"),
        ["Lombardy"] = ("IT", "25"),
        ["Tuscany"] = ("IT", "52"),
        ["Sicily"] = ("IT", "82"),
        ["Sardinia"] = ("IT", "88"),
        ["Apulia"] = ("IT", "75"),
        ["Wallonia"] = ("BE", "WAL"),
        ["Région wallonne"] = ("BE", "WAL"),
        ["Flanders"] = ("BE", "VLG"),
        ["Vlaams Gewest"] = ("BE", "VLG"),
        ["Brussels-Capital Region"] = ("BE", "BRU"),
        ["Région de Bruxelles-Capitale"] = ("BE", "BRU"),
        ["Brussels Hoofdstedelijk Gewest"] = ("BE", "BRU"),
        ["North Holland"] = ("NL", "NH"),
        ["South Holland"] = ("NL", "ZH"),
        ["North Brabant"] = ("NL", "NB"),
        ["Ile-de-France"] = ("FR", "IDF"),
        ["Andalucia"] = ("ES", "AN"),
        ["Andalusia"] = ("ES", "AN"),
        ["Aragon"] = ("ES", "AR"),
        ["Asturias"] = ("ES", "AS"),
        ["Islas Canarias"] = ("ES", "CN"),
        ["Canary Islands"] = ("ES", "CN"),
        ["Castilla y Leon"] = ("ES", "CL"),
        ["Castile and León"] = ("ES", "CL"),
        ["Castilla La Mancha"] = ("ES", "CM"),
        ["Castile-La Mancha"] = ("ES", "CM"),
        ["Cataluna"] = ("ES", "CT"),
        ["Catalunya"] = ("ES", "CT"),
        ["Catalonia"] = ("ES", "CT"),
        ["Islas Baleares"] = ("ES", "IB"),
        ["Balearic Islands"] = ("ES", "IB"),
        ["Community of Madrid"] = ("ES", "MD"),
        ["Comunidad Autónoma de Madrid"] = ("ES", "MD"),
        ["Region of Murcia"] = ("ES", "MC"),
        ["Navarra"] = ("ES", "NC"),
        ["Navarre"] = ("ES", "NC"),
        ["Pais Vasco"] = ("ES", "PV"),
        ["Euskadi"] = ("ES", "PV"),
        ["Basque Country"] = ("ES", "PV"),
        ["Comunidad Valenciana"] = ("ES", "VC"),
        ["Valencian Community"] = ("ES", "VC"),
        ["CABA"] = ("AR", "C"),
        ["Capital Federal"] = ("AR", "C"),
        ["CDMX"] = ("MX", "CMX"),
        ["Edomex"] = ("MX", "MEX"),
        ["Estado de Mexico"] = ("MX", "MEX"),
        ["State of Mexico"] = ("MX", "MEX"),
        ["Coahuila de Zaragoza"] = ("MX", "COA"),
        ["Michoacan"] = ("MX", "MIC"),
        ["Michoacán de Ocampo"] = ("MX", "MIC"),
        ["Nuevo Leon"] = ("MX", "NLE"),
        ["N.L"] = ("MX", "NLE"),
        ["Queretaro"] = ("MX", "QUE"),
        ["Q. Roo"] = ("MX", "ROO"),
        ["San Luis Potosi"] = ("MX", "SLP"),
        ["Veracruz de Ignacio de la Llave"] = ("MX", "VER"),
        ["Yucatan"] = ("MX", "YUC"),
        ["Atlantico"] = ("CO", "ATL"),
        ["Boyaca"] = ("CO", "BOY"),
        ["Caqueta"] = ("CO", "CAQ"),
        ["Choco"] = ("CO", "CHO"),
        ["Guainia"] = ("CO", "GUA"),
        ["Narino"] = ("CO", "NAR"),
        ["Quindio"] = ("CO", "QUI"),
        ["Vaupes"] = ("CO", "VAU"),
        ["Entre Rios"] = ("AR", "E"),
        ["Aysen"] = ("CL", "AI"),
        ["Araucanía"] = ("CL", "AR"),
        ["Araucania"] = ("CL", "AR"),
        ["Biobio"] = ("CL", "BI"),
        ["O'Higgins"] = ("CL", "LI"),
        ["Los Rios"] = ("CL", "LR"),
        ["Nuble"] = ("CL", "NB"),
        ["Región Metropolitana"] = ("CL", "RM"),
        ["Region Metropolitana"] = ("CL", "RM"),
        ["Tarapaca"] = ("CL", "TA"),
        ["Ancash"] = ("PE", "ANC"),
        ["Apurimac"] = ("PE", "APU"),
    };

    /// <summary>Provinces and departments named as their capitals are ("Rosario, Santa Fe", "Córdoba"), as a town elsewhere
    /// is ("Santa Fe", New Mexico; "Santander", Spain), as another country's state is ("Amazonas") or as a word is ("Meta",
    /// "Valle"): read as the region only for a source of that country, as a code outside the US, Canada and Australia is;
    /// standing alone, the town comes first (<see cref="LocationParser"/>).</summary>
    private static readonly ILookup<string, (string Country, string Code)> SharedWithTowns = new (string Name, string Country, string Code)[]
    {
        ("Buenos Aires", "AR", "B"), ("Córdoba", "AR", "X"), ("Cordoba", "AR", "X"), ("Santa Fe", "AR", "S"), ("Mendoza", "AR", "M"),
        ("Salta", "AR", "A"), ("Tucumán", "AR", "T"), ("Tucuman", "AR", "T"), ("Neuquén", "AR", "Q"),
        ("Amazonas", "CO", "AMA"), ("Bolívar", "CO", "BOL"), ("Bolivar", "CO", "BOL"), ("Cesar", "CO", "CES"), ("Córdoba", "CO", "COR"),
        ("Cordoba", "CO", "COR"), ("Magdalena", "CO", "MAG"), ("Meta", "CO", "MET"), ("Santander", "CO", "SAN"), ("Sucre", "CO", "SUC"),
        ("Valle", "CO", "VAC"), ("San Andrés", "CO", "SAP"),
        ("Catamarca", "AR", "K"), ("Corrientes", "AR", "W"), ("Formosa", "AR", "P"), ("Jujuy", "AR", "Y"), ("La Rioja", "AR", "F"),
        ("Río Negro", "AR", "R"), ("Rio Negro", "AR", "R"), ("San Juan", "AR", "J"), ("San Luis", "AR", "D"), ("Santa Cruz", "AR", "Z"),
        ("Santiago del Estero", "AR", "G"),
        ("Antofagasta", "CL", "AN"), ("Coquimbo", "CL", "CO"), ("Valparaíso", "CL", "VS"), ("Valparaiso", "CL", "VS"),
        ("Arequipa", "PE", "ARE"), ("Ayacucho", "PE", "AYA"), ("Cajamarca", "PE", "CAJ"), ("Cusco", "PE", "CUS"), ("Cuzco", "PE", "CUS"),
        ("Huancavelica", "PE", "HUV"), ("Huánuco", "PE", "HUC"), ("Huanuco", "PE", "HUC"), ("Ica", "PE", "ICA"), ("Lima", "PE", "LIM"),
        ("Moquegua", "PE", "MOQ"), ("Piura", "PE", "PIU"), ("Puno", "PE", "PUN"), ("Tacna", "PE", "TAC"), ("Tumbes", "PE", "TUM"),
        ("Amazonas", "PE", "AMA"), ("Callao", "PE", "CAL"), ("Junín", "PE", "JUN"), ("Junin", "PE", "JUN"), ("La Libertad", "PE", "LAL"),
        ("Lambayeque", "PE", "LAM"), ("Loreto", "PE", "LOR"), ("Pasco", "PE", "PAS"), ("San Martín", "PE", "SAM"), ("San Martin", "PE", "SAM"),
        ("Misiones", "AR", "N"),
    }.ToLookup(shared => shared.Name, shared => (shared.Country, shared.Code), StringComparer.OrdinalIgnoreCase);

    private static readonly string[] CountriesInOrder = ["US", "CA", "AU"];

    /// <summary>The subdivision a location part names, by postal code ("GA", "N.Y.") or by name ("Florida", "OHIO",
    /// "Washington State", "Northern Illinois").</summary>
    /// <param name="preferredCountry">Looked at first where a code or name is shared ("WA": Washington or Western
    /// Australia); the US comes first otherwise.</param>
    public static Subdivision? Find(string part, string? preferredCountry)
    {
        var trimmed = part.Trim().TrimEnd('.');
        if (trimmed.Length == 0)
        {
            return null;
        }

        var order = preferredCountry is null
            ? CountriesInOrder
            : CountriesInOrder.Where(country => country == preferredCountry).Concat(CountriesInOrder.Where(country => country != preferredCountry));

        // Codes count only as written in capitals: "in" and "or" in a sentence are no states. Outside the US, Canada
        // and Australia a code is read only for a source of that country: "NH" is New Hampshire unless the source is
        // Dutch. The source's own country's code comes before another name ("N.L." is Newfoundland and Labrador for a
        // Canadian source, Nuevo León otherwise).
        var code = trimmed.Replace(".", string.Empty, StringComparison.Ordinal);
        var isCode = code.Length is 2 or 3 && code.All(char.IsAsciiLetterUpper);
        if (isCode && preferredCountry is not null && ByCode(preferredCountry, code) is { } own)
        {
            return own;
        }

        foreach (var (country, sharedCode) in SharedWithTowns[trimmed])
        {
            if (country == preferredCountry)
            {
                return ByCode(country, sharedCode);
            }
        }

        if (OtherNames.TryGetValue(trimmed, out var otherCode))
        {
            return ByCode(otherCode.Country, otherCode.Code);
        }

        if (isCode)
        {
            foreach (var country in preferredCountry is null || CountriesInOrder.Contains(preferredCountry) ? order : order.Prepend(preferredCountry))
            {
                if (ByCode(country, code) is { } byCode)
                {
                    return byCode;
                }
            }
        }

        var everyCountry = order.Concat(All.Select(subdivision => subdivision.Country).Distinct().Where(country => !order.Contains(country)));

        var name = Qualifiers().Replace(trimmed, string.Empty).Trim();
        foreach (var candidate in new[] { trimmed, name })
        {
            foreach (var country in everyCountry)
            {
                var byName = All.FirstOrDefault(subdivision => subdivision.Country == country
                    && subdivision.Name.Equals(candidate, StringComparison.OrdinalIgnoreCase));
                if (byName is not null)
                {
                    return byName;
                }
            }
        }

        return null;
    }

    /// <summary>The region a posting shows for a subdivision code of <paramref name="country"/> (<see cref="Subdivision.Shown"/>).</summary>
    public static string? Shown(string? country, string? code) =>
        code is null || country is null || !code.All(char.IsAsciiDigit) ? code : ByCode(country, code)?.Shown ?? code;

    private static Subdivision? ByCode(string country, string code) =>
        All.FirstOrDefault(subdivision => subdivision.Country == country && subdivision.Code == code);

    // "State of Ohio", "Washington State", "Northern Illinois", "Región de La Araucanía", "Provincia de Santa Fe",
    // "Departamento del Cusco": the state is what is left. Exact names are tried first, so "West Virginia", "North
    // Carolina" and "Región de Murcia" stay whole.
    [GeneratedRegex(@"^(?:the\s+)?(?:state\s+of\s+|province\s+of\s+|regi[óo]n\s+(?:del?\s+)?|provincia\s+(?:de(?:l)?\s+|di\s+)?|prov[íi]ncia\s+(?:de|do|da)\s+|departamento\s+(?:de(?:l)?\s+)?|(?:northern|southern|eastern|western|central|north|south|east|west|upstate|downstate|greater|rural)\s+)|\s+state$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Qualifiers();
}
