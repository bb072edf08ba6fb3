using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace JobAggregator.Normalizer.Locations;

/// <summary>The cities the network's members work in and the larger cities of their countries, so that a bare town
/// ("Boulder", "Amsterdam", "Gold Coast") is read as a place. Bundled: nothing is looked up at run time.</summary>
internal static partial class Gazetteer
{
    private static readonly FrozenDictionary<string, City[]> ByName = Build(
        ("US", "GA", ["Atlanta", "Decatur"]),
        ("US", "MA", ["Boston", "Cambridge"]),
        ("US", "NY", ["New York", "New York City", "NYC", "Brooklyn", "Manhattan", "Bronx", "Albany", "Buffalo"]),
        ("US", "WA", ["Seattle", "Spokane", "Tacoma"]),
        ("US", "OH", ["Columbus", "Cincinnati", "Cleveland"]),
        ("US", "FL", ["Tallahassee", "Miami", "Orlando", "Tampa"]),
        ("US", "AZ", ["Phoenix", "Tucson", "Tempe"]),
        ("US", "CO", ["Boulder", "Denver"]),
        ("US", "IL", ["Chicago", "Springfield", "Evanston"]),
        ("US", "AK", ["Anchorage"]),
        ("US", "HI", ["Honolulu"]),
        ("US", "CA", ["Los Angeles", "San Francisco", "San Diego", "Santa Clara", "Oakland", "Sacramento", "San Jose"]),
        ("US", "CT", ["Hartford", "New Haven"]),
        ("US", "MD", ["Baltimore"]),
        ("US", "VA", ["Charlottesville", "Richmond", "Arlington"]),
        ("US", "KY", ["Louisville", "Frankfort", "Lexington"]),
        ("US", "LA", ["New Orleans", "Baton Rouge"]),
        ("US", "MI", ["Ann Arbor", "Detroit"]),
        ("US", "MN", ["Minneapolis", "Saint Paul", "St. Paul"]),
        ("US", "MS", ["Jackson", "Oxford"]),
        ("US", "MO", ["Kansas City", "St. Louis", "Saint Louis"]),
        ("US", "MT", ["Missoula", "Helena"]),
        ("US", "NJ", ["Princeton", "Newark"]),
        ("US", "NC", ["Durham", "Raleigh", "Chapel Hill", "Charlotte"]),
        ("US", "OK", ["Oklahoma City", "Tulsa"]),
        ("US", "OR", ["Portland", "Eugene", "Salem"]),
        ("US", "PA", ["Philadelphia", "Pittsburgh"]),
        ("US", "TN", ["Nashville", "Knoxville", "Memphis"]),
        ("US", "TX", ["Houston", "Austin", "Dallas", "San Antonio", "Lubbock", "Fort Worth", "College Station"]),
        ("US", "UT", ["Salt Lake City"]),
        ("US", "WV", ["Morgantown", "Charleston"]),
        ("US", "WI", ["Madison", "Milwaukee"]),
        ("CA", "ON", ["Toronto", "Ottawa", "Hamilton"]),
        ("CA", "QC", ["Montreal", "Montréal", "Québec", "Quebec", "Quebec City", "Québec City"]),
        ("CA", "BC", ["Vancouver"]),
        ("CA", "AB", ["Calgary", "Edmonton"]),
        ("CA", "MB", ["Winnipeg"]),
        ("CA", "NS", ["Halifax"]),
        ("CA", "NL", ["St. John's", "St John's"]),
        ("AU", "NSW", ["Sydney"]),
        ("AU", "VIC", ["Melbourne", "Geelong", "Ballarat", "Bendigo"]),
        ("AU", "QLD", ["Brisbane", "Gold Coast", "Southport"]),
        ("AU", "WA", ["Perth"]),
        ("AU", "SA", ["Adelaide"]),
        ("AU", "ACT", ["Canberra"]),
        ("AU", "TAS", ["Hobart"]),
        ("AU", "NT", ["Darwin"]),
        ("IE", null, ["Dublin", "Cork", "Galway", "Limerick"]),
        ("GB", null, ["London", "Manchester", "Birmingham", "Glasgow", "Edinburgh", "Cardiff", "Belfast", "Bristol", "Leeds", "Oxford", "Cambridge", "Durham"]),
        ("NL", "NH", ["Amsterdam", "Haarlem"]),
        ("NL", "ZH", ["Rotterdam", "Den Haag", "The Hague", "'s-Gravenhage", "Leiden"]),
        ("NL", "UT", ["Utrecht"]),
        ("NL", "GR", ["Groningen"]),
        ("NL", "NB", ["Eindhoven", "Tilburg", "'s-Hertogenbosch"]),
        ("NL", "LI", ["Maastricht"]),
        ("NL", "GE", ["Nijmegen", "Arnhem"]),
        // City-states: the city and the state share the name.
        ("DE", "BE", ["Berlin"]),
        ("DE", "HH", ["Hamburg"]),
        ("DE", "HB", ["Bremen"]),
        ("AT", "9", ["Wien", "Vienna"]),
        // Austria's state capitals and large towns, with their states as Wien has its own (shown by name, their codes
        // being digits).
        ("AT", "6", ["Graz", "Leoben"]),
        ("AT", "4", ["Linz", "Wels", "Steyr"]),
        ("AT", "5", ["Salzburg"]),
        ("AT", "7", ["Innsbruck"]),
        ("AT", "2", ["Klagenfurt", "Klagenfurt am Wörthersee", "Villach"]),
        ("AT", "3", ["St. Pölten", "Sankt Pölten", "Wiener Neustadt"]),
        ("AT", "8", ["Bregenz", "Dornbirn", "Feldkirch"]),
        ("AT", "1", ["Eisenstadt"]),
        // Germany's largest cities, so that "Köln-Ehrenfeld" reads as the city and its district; their state is not
        // given, as a bare town's never was.
        ("DE", null, ["München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig", "Dortmund", "Essen", "Dresden",
            "Hannover", "Nürnberg"]),
        // The Nordic and Czech capitals and large cities, their state not given as Germany's is not.
        ("SE", null, ["Stockholm", "Göteborg", "Gothenburg", "Malmö", "Uppsala", "Linköping", "Örebro"]),
        ("DK", null, ["København", "Copenhagen", "Aarhus", "Odense", "Aalborg"]),
        ("NO", null, ["Oslo", "Trondheim", "Stavanger"]),
        ("CZ", null, ["Praha", "Prague", "Brno", "Ostrava", "Plzeň", "Olomouc", "Jihlava"]),
        ("NZ", "AUK", ["Auckland"]),
        ("NZ", "WGN", ["Wellington"]),
        ("NZ", "CAN", ["Christchurch"]),
        ("NZ", "OTA", ["Dunedin"]),
        ("NZ", "WKO", ["Hamilton"]),
        ("NZ", "BOP", ["Tauranga"]),
        ("TW", null, ["Taipei", "Taipei City", "台北", "臺北", "台北市", "臺北市", "New Taipei", "Taichung", "Kaohsiung", "Tainan", "Hsinchu"]),
        // The autonomous city, not the province around it; "Ciudad (Autónoma) de Buenos Aires" is read as its "city of" name.
        ("AR", "C", ["Buenos Aires", "CABA"]),
        ("AR", "X", ["Córdoba", "Cordoba"]),
        // Spain's Córdoba, for a Spanish source: Argentina's stays the one a source of no country means.
        ("ES", null, ["Córdoba", "Cordoba"]),
        ("AR", "S", ["Rosario", "Santa Fe"]),
        ("AR", "M", ["Mendoza"]),
        ("AR", "A", ["Salta"]),
        ("AR", "T", ["San Miguel de Tucumán", "Tucumán"]),
        ("AR", "Q", ["Neuquén"]),
        ("AR", "B", ["La Plata", "Mar del Plata"]),
        ("ZA", "GP", ["Johannesburg", "Pretoria", "Soweto", "Braamfontein"]),
        ("ZA", "WC", ["Cape Town", "Stellenbosch"]),
        ("ZA", "KZN", ["Durban", "Pietermaritzburg"]),
        ("IT", "62", ["Roma", "Rome"]),
        ("IT", "25", ["Milano", "Milan"]),
        ("IT", "72", ["Napoli", "Naples"]),
        ("IT", "21", ["Torino", "Turin"]),
        ("IT", "52", ["Firenze", "Florence"]),
        ("IT", "45", ["Bologna"]),
        ("IT", "34", ["Padova", "Padua", "Venezia", "Venice"]),
        ("FR", "ARA", ["Lyon", "Grenoble"]),
        ("FR", "IDF", ["Paris"]),
        ("FR", "PAC", ["Marseille", "Nice"]),
        ("FR", "OCC", ["Toulouse", "Montpellier"]),
        ("FR", "NAQ", ["Bordeaux"]),
        ("FR", "HDF", ["Lille"]),
        ("FR", "GES", ["Strasbourg"]),
        ("FR", "PDL", ["Nantes"]),
        ("BR", "SP", ["São Paulo", "Sao Paulo", "Campinas"]),
        ("BR", "RJ", ["Rio de Janeiro", "Niterói"]),
        ("BR", "MG", ["Belo Horizonte"]),
        ("BR", "DF", ["Brasília", "Brasilia"]),
        ("BR", "RS", ["Porto Alegre"]),
        ("BR", "PE", ["Recife"]),
        ("BR", "BA", ["Salvador"]),
        ("BR", "CE", ["Fortaleza"]),
        ("BR", "PR", ["Curitiba"]),
        ("CH", "ZH", ["Zürich", "Zurich", "Winterthur"]),
        ("CH", "BE", ["Bern", "Berne", "Biel/Bienne", "Biel", "Bienne"]),
        ("CH", "GE", ["Genève", "Geneva", "Genf"]),
        ("CH", "VD", ["Lausanne"]),
        ("CH", "BS", ["Basel", "Bâle"]),
        ("CH", "LU", ["Luzern", "Lucerne"]),
        ("CH", "TI", ["Lugano"]),
        ("CH", "SG", ["St. Gallen"]),
        ("CH", "FR", ["Fribourg"]),
        ("MX", "CMX", ["Ciudad de México", "Ciudad de Mexico", "Mexico City"]),
        ("MX", "JAL", ["Guadalajara", "Zapopan"]),
        ("MX", "NLE", ["Monterrey", "San Pedro Garza García"]),
        ("MX", "PUE", ["Puebla"]),
        ("MX", "BCN", ["Tijuana", "Mexicali"]),
        ("MX", "QUE", ["Querétaro", "Santiago de Querétaro"]),
        ("MX", "GUA", ["León de los Aldama", "Irapuato"]),
        ("MX", "OAX", ["Oaxaca de Juárez"]),
        ("MX", "CHH", ["Ciudad Juárez"]),
        ("MX", "MEX", ["Toluca"]),
        ("MX", "VER", ["Xalapa"]),
        ("MX", "MIC", ["Morelia"]),
        ("MX", "ROO", ["Cancún", "Cancun"]),
        ("MX", "SON", ["Hermosillo"]),
        ("MX", "SIN", ["Culiacán"]),
        ("MX", "COA", ["Saltillo", "Torreón"]),
        // The network's other countries and languages: Spain, Portugal, Belgium, Poland, Israel and Latin America's
        // capitals and large cities, their region not given as Germany's is not.
        ("ES", null, ["Madrid", "Barcelona", "Valencia", "Sevilla", "Seville", "Zaragoza", "Málaga", "Malaga", "Bilbao", "Murcia",
            "Palma", "Palma de Mallorca", "Las Palmas de Gran Canaria", "Alicante", "Valladolid", "Vigo", "Gijón", "Oviedo", "Granada",
            "A Coruña", "Vitoria-Gasteiz", "Pamplona", "San Sebastián", "Donostia", "Santander", "Huesca", "Huelva", "Palencia",
            "Logroño", "Cádiz", "Almería", "Tarragona", "Girona", "Lleida", "Castellón de la Plana", "Badajoz", "Cáceres", "León"]),
        ("PT", null, ["Lisboa", "Lisbon", "Porto", "Oporto", "Coimbra", "Braga", "Faro", "Setúbal", "Aveiro", "Guimarães", "Funchal"]),
        ("BE", null, ["Bruxelles", "Brussel", "Brussels", "Antwerpen", "Antwerp", "Anvers", "Gent", "Ghent", "Gand", "Leuven", "Brugge",
            "Bruges", "Hasselt", "Mechelen", "Liège", "Luik", "Namur", "Charleroi", "Mons", "Verviers", "Louvain-la-Neuve"]),
        ("PL", null, ["Warszawa", "Warsaw", "Kraków", "Krakow", "Wrocław", "Poznań", "Gdańsk", "Łódź", "Lublin", "Katowice", "Szczecin",
            "Bydgoszcz", "Toruń", "Białystok", "Rzeszów"]),
        ("IL", null, ["Tel Aviv", "Tel Aviv-Yafo", "Jerusalem", "Haifa", "Beersheba", "Be'er Sheva"]),
        ("CL", null, ["Santiago de Chile", "Valparaíso", "Concepción"]),
        ("CO", null, ["Bogotá", "Bogota", "Medellín", "Medellin", "Cali", "Barranquilla", "Cartagena de Indias"]),
        ("PE", null, ["Lima", "Arequipa", "Cusco"]),
        ("EC", null, ["Quito", "Guayaquil"]),
        ("UY", null, ["Montevideo"]),
        ("PY", null, ["Asunción"]),
        ("VE", null, ["Caracas"]),
        ("GT", null, ["Ciudad de Guatemala"]),
        ("SV", null, ["San Salvador"]),
        ("HN", null, ["Tegucigalpa"]),
        ("DO", null, ["Santo Domingo"]),
        // France's, Italy's, the Netherlands', Germany's and Britain's other large towns, as their lists above give them.
        ("FR", "ARA", ["Villeurbanne", "Saint-Étienne", "Clermont-Ferrand", "Annecy"]),
        ("FR", "BRE", ["Rennes", "Brest"]),
        ("FR", "GES", ["Reims", "Metz", "Nancy", "Mulhouse"]),
        ("FR", "NOR", ["Rouen", "Caen", "Le Havre"]),
        ("FR", "PAC", ["Toulon", "Avignon", "Aix-en-Provence"]),
        ("FR", "PDL", ["Angers", "Le Mans"]),
        ("FR", "BFC", ["Dijon", "Besançon"]),
        ("FR", "CVL", ["Tours", "Orléans"]),
        ("FR", "OCC", ["Perpignan", "Nîmes"]),
        ("FR", "HDF", ["Amiens"]),
        ("FR", "NAQ", ["Limoges", "Poitiers", "La Rochelle", "Pau"]),
        ("IT", "42", ["Genova", "Genoa"]),
        ("IT", "82", ["Palermo", "Catania"]),
        ("IT", "75", ["Bari"]),
        ("IT", "34", ["Verona"]),
        ("IT", "36", ["Trieste"]),
        ("IT", "88", ["Cagliari"]),
        ("IT", "55", ["Perugia"]),
        ("IT", "52", ["Pisa"]),
        ("IT", "25", ["Bergamo", "Brescia"]),
        ("IT", "45", ["Modena", "Parma"]),
        ("NL", "OV", ["Zwolle", "Enschede"]),
        ("NL", "FL", ["Almere", "Lelystad"]),
        ("NL", "NB", ["Breda"]),
        ("NL", "ZH", ["Delft", "Dordrecht"]),
        ("NL", "FR", ["Leeuwarden"]),
        ("NL", "UT", ["Amersfoort"]),
        ("NL", "NH", ["Alkmaar", "Zaandam"]),
        ("DE", null, ["Bonn", "Mannheim", "Karlsruhe", "Münster", "Freiburg im Breisgau", "Kiel", "Mainz", "Wiesbaden", "Magdeburg",
            "Potsdam", "Erfurt", "Saarbrücken", "Schwerin", "Heidelberg", "Augsburg", "Bielefeld", "Bochum", "Wuppertal", "Göttingen",
            "Kassel", "Darmstadt", "Regensburg", "Würzburg", "Rostock", "Jena"]),
        ("GB", null, ["Liverpool", "Sheffield", "Nottingham", "Newcastle upon Tyne", "Swansea", "Aberdeen", "Dundee", "Brighton",
            "Leicester", "Coventry", "Southampton", "Plymouth", "Norwich", "York", "Exeter", "Derry", "Inverness"]));

    /// <summary>The city a location part names, in the preferred country first ("Durham" is in North Carolina for a US
    /// source and in England for a British one), then in the order the table lists them.</summary>
    /// <remarks>A city's formal "city of" name ("Ciudad de Córdoba", "Ciudad Autónoma de Buenos Aires", "City of
    /// Chicago") is the city, where the name itself is not one the table lists ("Ciudad de México").</remarks>
    public static City? Find(string part, string? preferredCountry)
    {
        var name = part.Trim().TrimEnd('.');
        if (!ByName.TryGetValue(name, out var cities) && !ByName.TryGetValue(CityOf().Replace(name, string.Empty), out cities))
        {
            return null;
        }

        // A name several countries share and the preferred one lacks ("Hamilton" for a Scottish source) is no town known:
        // the source's country, not the first listed, is its country.
        return cities.FirstOrDefault(city => city.Country == preferredCountry)
            ?? (preferredCountry is not null && cities.Any(city => city.Country != cities[0].Country) ? null : cities[0]);
    }

    /// <summary>Whether a word begins a name of several words the table lists ("New" of "New Haven", "Gold" of "Gold
    /// Coast").</summary>
    public static bool StartsAName(string word) => FirstWords.Contains(word);

    private static readonly FrozenSet<string> FirstWords = ByName.Keys
        .Where(name => name.Contains(' ', StringComparison.Ordinal))
        .Select(name => name[..name.IndexOf(' ', StringComparison.Ordinal)])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:ciudad(?:\s+aut[oó]noma)?\s+de|city\s+of|ville\s+de|cidade\s+de|citt[àa]\s+di)\s+(?=\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CityOf();

    private static FrozenDictionary<string, City[]> Build(params (string Country, string? Region, string[] Names)[] groups)
    {
        var byName = new Dictionary<string, List<City>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (country, region, names) in groups)
        {
            foreach (var name in names)
            {
                if (!byName.TryGetValue(name, out var cities))
                {
                    byName[name] = cities = [];
                }

                cities.Add(new City(name, country, region));
            }
        }

        return byName.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }
}
