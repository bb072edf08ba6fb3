using JobAggregator.Contracts;
using JobAggregator.Normalizer.Locations;

namespace JobAggregator.Normalizer.Tests.Locations;

public sealed class LocationParserTests
{
    public static TheoryData<string, string?, string?, string?, string?, bool, bool> Places => new()
    {
        { "Atlanta, GA", null, "Atlanta", "GA", "US", false, false },
        { "Boston, MA", null, "Boston", "MA", "US", false, false },
        { "New York, NY", null, "New York", "NY", "US", false, false },
        { "New York City, NY", null, "New York City", "NY", "US", false, false },
        { "Tallahassee, Florida", null, "Tallahassee", "FL", "US", false, false },
        { "Seattle, Washington", null, "Seattle", "WA", "US", false, false },
        { "United States of America-OHIO-Franklin County", null, null, "OH", "US", false, false },
        { "United States of America-OHIO-Franklin County", "US", null, "OH", "US", false, false },
        { "Franklin County, Ohio", "US", null, "OH", "US", false, false },
        { "Cook County, IL", null, null, "IL", "US", false, false },
        { "Boulder, CO", null, "Boulder", "CO", "US", false, false },
        { "Boulder", null, "Boulder", "CO", "US", false, false },
        { "Phoenix, Arizona", null, "Phoenix", "AZ", "US", false, false },
        { "Los Angeles, CA", null, "Los Angeles", "CA", "US", false, false },
        { "CA", null, null, "CA", "US", false, false },
        { "GA", null, null, "GA", "US", false, false },
        { "Indianapolis, IN", null, "Indianapolis", "IN", "US", false, false },
        { "Concord, NH", "US", "Concord", "NH", "US", false, false },
        { "Washington, DC", null, "Washington", "DC", "US", false, false },
        { "Columbus, OH 43215", null, "Columbus", "OH", "US", false, false },
        { "Atlanta GA", null, "Atlanta", "GA", "US", false, false },
        { "Winston-Salem, NC", null, "Winston-Salem", "NC", "US", false, false },
        { "Boston, MA, USA", null, "Boston", "MA", "US", false, false },
        { "Boston", "US", "Boston", "MA", "US", false, false },
        { "Georgia", null, null, "GA", "US", false, false },
        { "Georgia (Atlanta area)", null, "Atlanta", "GA", "US", false, false },
        { "Washington State", null, null, "WA", "US", false, false },
        { "Northern Illinois", null, null, "IL", "US", false, false },
        { "Covers the six New England states", "US", null, null, "US", false, false },
        { "Multiple locations", "US", null, null, "US", false, false },
        { "Remote", "US", null, null, "US", true, false },
        { "Remote", null, null, null, null, true, false },
        { "Remote - US", null, null, null, "US", true, false },
        { "Remote (UK)", null, null, null, "GB", true, false },
        { "远程办公", "CN", null, null, "CN", true, false },
        { "Uppsala", "SE", "Uppsala", null, "SE", false, false },
        { "København", "DK", "København", null, "DK", false, false },
        { "Praha", "CZ", "Praha", null, "CZ", false, false },
        { "Oslo", "NO", "Oslo", null, "NO", false, false },
        { "東京都千代田区 (リモート可)", "JP", "千代田区", "東京都", "JP", true, false },
        { "Fully remote, United States", null, null, null, "US", true, false },
        { "Remote (Georgia only)", null, null, "GA", "US", true, false },
        { "Remote (Kentucky residents)", null, null, "KY", "US", true, false },
        { "Remote (residents of Ohio only)", "US", null, "OH", "US", true, false },
        { "Remote – must reside in Texas", null, null, "TX", "US", true, false },
        { "Remote (Ontario residents)", "CA", null, "ON", "CA", true, false },
        { "Télétravail (résidents du Québec)", "CA", null, "QC", "CA", true, false },
        { "Remoto (solo residentes en Cataluña)", "ES", null, "CT", "ES", true, false },
        { "Atlanta, GA or Remote", null, "Atlanta", "GA", "US", true, false },
        { "Hybrid (Atlanta, GA)", null, "Atlanta", "GA", "US", false, true },
        { "Hybrid - Boston, MA", null, "Boston", "MA", "US", false, true },
        { "New England (Boston, MA office)", null, "Boston", "MA", "US", false, false },
        { "Canada", null, null, null, "CA", false, false },
        { "Toronto, ON", null, "Toronto", "ON", "CA", false, false },
        { "Toronto, Canada", null, "Toronto", "ON", "CA", false, false },
        { "Toronto", "CA", "Toronto", "ON", "CA", false, false },
        { "Newfoundland and Labrador", "CA", null, "NL", "CA", false, false },
        { "India", null, null, null, "IN", false, false },
        { "Sydney NSW 2000", null, "Sydney", "NSW", "AU", false, false },
        { "Perth, WA", "AU", "Perth", "WA", "AU", false, false },
        { "Gold Coast", "AU", "Gold Coast", "QLD", "AU", false, false },
        { "Gold Coast, Queensland", null, "Gold Coast", "QLD", "AU", false, false },
        { "London, United Kingdom", null, "London", null, "GB", false, false },
        { "London", "GB", "London", null, "GB", false, false },
        { "Dublin", "IE", "Dublin", null, "IE", false, false },
        { "Dublin, Ireland", null, "Dublin", null, "IE", false, false },
        { "Griffith College, South Circular Road, Dublin 8, Ireland", null, "Dublin", null, "IE", false, false },
        { "Calle Mayor 12, Madrid, España", null, "Madrid", null, "ES", false, false },
        { "Amsterdam, Nederland", "NL", "Amsterdam", "NH", "NL", false, false },
        { "Amsterdam", null, "Amsterdam", "NH", "NL", false, false },
        { "Utrecht", "NL", "Utrecht", "UT", "NL", false, false },
        { "Noord-Holland", "NL", null, "NH", "NL", false, false },
        { "Op afstand", "NL", null, null, "NL", true, false },
        { "Thuiswerken", "NL", null, null, "NL", true, false },
        { "Hybride (Amsterdam)", "NL", "Amsterdam", "NH", "NL", false, true },
        { "Paris 11e, télétravail possible 2 jours par semaine", "FR", "Paris", "IDF", "FR", false, true },
        { "Bordeaux, télétravail 1 jour par semaine", "FR", "Bordeaux", "NAQ", "FR", false, true },
        { "Leeds, remote two days a week", "GB", "Leeds", null, "GB", false, true },
        { "Hybrid – London office and home", "GB", "London", null, "GB", false, true },
        { "hybrid (Hackney and home)", "GB", "Hackney", null, "GB", false, true },
        { "hybride (Lyon et domicile)", "FR", "Lyon", "ARA", "FR", false, true },
        { "híbrido (Sevilla y casa)", "ES", "Sevilla", null, "ES", false, true },
        { "hybride (Utrecht en thuis)", "NL", "Utrecht", "UT", "NL", false, true },
        { "Hybrid: Leeds office or home", "GB", "Leeds", null, "GB", false, true },
        { "Curitiba/PR", "BR", "Curitiba", "PR", "BR", false, false },
        { "Belo Horizonte - MG", "BR", "Belo Horizonte", "MG", "BR", false, false },
        { "Lyon 3e", "FR", "Lyon", "ARA", "FR", false, false },
        { "Marseille 1er", "FR", "Marseille", "PAC", "FR", false, false },
        { "Cork 2", "IE", "Cork", null, "IE", false, false },
        { "Praha 2", "CZ", "Praha", null, "CZ", false, false },
        { "Paris 11e, télétravail partiel possible", "FR", "Paris", "IDF", "FR", false, true },
        { "Christchurch", "NZ", "Christchurch", "CAN", "NZ", false, false },
        { "Wellington, New Zealand", null, "Wellington", "WGN", "NZ", false, false },
        { "Taipei", null, "Taipei", null, "TW", false, false },
        { "台北市", "TW", "台北市", null, "TW", false, false },
        { "Buenos Aires, Argentina", null, "Buenos Aires", "C", "AR", false, false },
        { "Remoto", "AR", null, null, "AR", true, false },
        { "Johannesburg, Gauteng", "ZA", "Johannesburg", "GP", "ZA", false, false },
        { "Cape Town, South Africa", null, "Cape Town", "WC", "ZA", false, false },
        { "Roma", "IT", "Roma", "Lazio", "IT", false, false },
        { "Roma, Italia", null, "Roma", "Lazio", "IT", false, false },
        { "Milano, Lombardy", "IT", "Milano", "Lombardia", "IT", false, false },
        { "Wien", "AT", "Wien", "Wien", "AT", false, false },
        { "Vienna, Austria", null, "Vienna", "Wien", "AT", false, false },
        { "Graz", "AT", "Graz", "Steiermark", "AT", false, false },
        { "Innsbruck, Österreich", null, "Innsbruck", "Tirol", "AT", false, false },
        { "Linz, Oberösterreich", "AT", "Linz", "Oberösterreich", "AT", false, false },
        { "Da remoto", "IT", null, null, "IT", true, false },
        { "Lyon, France", null, "Lyon", "ARA", "FR", false, false },
        { "Télétravail", "FR", null, null, "FR", true, false },
        { "Hamburg", "DE", "Hamburg", "HH", "DE", false, false },
        { "北京", "CN", "北京", null, "CN", false, false },
        { "全国", "CN", null, null, "CN", false, false },
        { "Madrid", "ES", "Madrid", null, "ES", false, false },
        { "Zaragoza", null, "Zaragoza", null, "ES", false, false },
        { "Lisboa", null, "Lisboa", null, "PT", false, false },
        { "Gent", null, "Gent", null, "BE", false, false },
        { "Kraków", null, "Kraków", null, "PL", false, false },
        { "Tel Aviv", null, "Tel Aviv", null, "IL", false, false },
        { "Bogotá", null, "Bogotá", null, "CO", false, false },
        { "Villeurbanne", null, "Villeurbanne", "ARA", "FR", false, false },
        { "Genova", null, "Genova", "Liguria", "IT", false, false },
        { "Gent", "BE", "Gent", null, "BE", false, false },
        { "Tel Aviv", "IL", "Tel Aviv", null, "IL", false, false },
        { "Rocky Hill", "US", "Rocky Hill", null, "US", false, false },
        { "Frankfurt am Main", "DE", "Frankfurt am Main", null, "DE", false, false },
        { "Berlin-Neukölln", "DE", "Berlin", "BE", "DE", false, false },
        { "Köln-Ehrenfeld", "DE", "Köln", null, "DE", false, false },
        { "Rotterdam (Kralingen)", "NL", "Rotterdam", "ZH", "NL", false, false },
        { "Groningen (Paddepoel)", "NL", "Groningen", "GR", "NL", false, false },
        { "Portland (Maine)", "US", "Portland", "ME", "US", false, false },
        { "Berlin oder remote", "DE", "Berlin", "BE", "DE", true, false },
        { "Utrecht of op afstand", "NL", "Utrecht", "UT", "NL", true, false },
        { "Madrid, España", null, "Madrid", null, "ES", false, false },
        { "Gent, België", null, "Gent", null, "BE", false, false },
        { "Hamburg, Germany", null, "Hamburg", "HH", "DE", false, false },
        { "Tel Aviv, Israel", null, "Tel Aviv", null, "IL", false, false },
        { "Acre, Israel", null, "Acre", null, "IL", false, false },
        { "Wits University, Johannesburg, South Africa", null, "Johannesburg", "GP", "ZA", false, false },
        { "São Paulo - SP", "BR", "São Paulo", "SP", "BR", false, false },
        { "São Paulo, SP, BR", null, "São Paulo", "SP", "BR", false, false },
        { "Campinas", "BR", "Campinas", "SP", "BR", false, false },
        { "Zürich, ZH, CH", null, "Zürich", "ZH", "CH", false, false },
        { "Bern", "CH", "Bern", "BE", "CH", false, false },
        { "Genève, Suisse", null, "Genève", "GE", "CH", false, false },
        { "Guadalajara, Jalisco", null, "Guadalajara", "JAL", "MX", false, false },
        { "Guadalajara, Jalisco", "MX", "Guadalajara", "JAL", "MX", false, false },
        { "Guadalajara", "MX", "Guadalajara", "JAL", "MX", false, false },
        { "CDMX", "MX", "Ciudad de México", "CMX", "MX", false, false },
        { "CDMX", null, "Ciudad de México", "CMX", "MX", false, false },
        { "Ciudad de México", null, "Ciudad de México", "CMX", "MX", false, false },
        { "Ciudad de México, México", null, "Ciudad de México", "CMX", "MX", false, false },
        { "Mexico City, Mexico", "US", "Mexico City", "CMX", "MX", false, false },
        { "Monterrey, N.L.", null, "Monterrey", "NLE", "MX", false, false },
        { "Monterrey, Nuevo León", "US", "Monterrey", "NLE", "MX", false, false },
        { "Toluca, Estado de México", "MX", "Toluca", "MEX", "MX", false, false },
        { "Oaxaca, OAX", "MX", "Oaxaca", "OAX", "MX", false, false },
        { "St. John's, N.L.", "CA", "St. John's", "NL", "CA", false, false },
        { "St. John's, NL", null, "St. John's", "NL", "CA", false, false },
        { "Worldwide", null, null, null, null, false, false },
        { "Europe", "DE", null, null, "DE", false, false },
        { "Remote - New England", "US", null, null, "US", true, false },
        { "TBD", "US", null, null, "US", false, false },
        { "Main Campus", "US", null, null, "US", false, false },
        { "statewide travel required", "US", null, null, "US", false, false },
        { "Erfurt, Thüringen, DE", "DE", "Erfurt", "TH", "DE", false, false },
        { "Münster, DE", "DE", "Münster", null, "DE", false, false },
        { "Zwolle, Overijssel, NL", "NL", "Zwolle", "OV", "NL", false, false },
        { "Dover, DE", null, "Dover", "DE", "US", false, false },
        { "Los Angeles, CA", "CA", "Los Angeles", "CA", "US", false, false },
        { "Charleroi, Wallonie, Belgique", "BE", "Charleroi", "WAL", "BE", false, false },
        { "Gent, Flanders, Belgium", null, "Gent", "VLG", "BE", false, false },
        { "Madrid, Comunidad de Madrid, Spain", null, "Madrid", "MD", "ES", false, false },
        { "Sevilla, Andalucía", "ES", "Sevilla", "AN", "ES", false, false },
        { "Bilbao, Basque Country, Spain", null, "Bilbao", "PV", "ES", false, false },
        { "Vigo, GA", "ES", "Vigo", "GA", "ES", false, false },
        { "Savannah, GA", "US", "Savannah", "GA", "US", false, false },
        { "Chilecito, La Rioja, Argentina", null, "Chilecito", null, "AR", false, false },
        { "Recife, PE", null, "Recife", "PE", "BR", false, false },
        { "Recife (PE)", null, "Recife", "PE", "BR", false, false },
        { "Charlottetown, PE", null, "Charlottetown", "PE", "CA", false, false },
        { "Springfield, MO", null, "Springfield", "MO", "US", false, false },
        { "Córdoba", "ES", "Córdoba", null, "ES", false, false },
        { "Córdoba", "AR", "Córdoba", "X", "AR", false, false },
        { "Córdoba", null, "Córdoba", "X", "AR", false, false },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void Splits_city_region_country_remote_and_hybrid(
        string text, string? hint, string? city, string? region, string? country, bool remote, bool hybrid)
    {
        var location = LocationParser.Parse(text, hint);

        Assert.Equal((text, city, region, country, remote, hybrid), (location.Text, location.City, location.Region, location.Country, location.Remote, location.Hybrid));
        Assert.Empty(location.OtherPlaces);
    }

    public static TheoryData<string, string?, string, string> Several => new()
    {
        { "Boston, MA; New York, NY", null, "Boston|MA|US", "New York|NY|US" },
        { "Boston, MA or New York, NY", null, "Boston|MA|US", "New York|NY|US" },
        { "Multiple locations: Atlanta, GA; Decatur, GA", "US", "Atlanta|GA|US", "Decatur|GA|US" },
        { "Tallahassee, FL | Miami, FL | Orlando, FL", "US", "Tallahassee|FL|US", "Miami|FL|US;Orlando|FL|US" },
        { "Amsterdam / Rotterdam", "NL", "Amsterdam|NH|NL", "Rotterdam|ZH|NL" },
        { "Washington, DC; Baltimore, MD; Richmond, VA", null, "Washington|DC|US", "Baltimore|MD|US;Richmond|VA|US" },
        { "Toronto, ON and Vancouver, BC", null, "Toronto|ON|CA", "Vancouver|BC|CA" },
    };

    [Theory]
    [MemberData(nameof(Several))]
    public void Puts_the_first_place_first_and_the_others_beside_it(string text, string? hint, string first, string others)
    {
        var location = LocationParser.Parse(text, hint);

        Assert.Equal(first, $"{location.City}|{location.Region}|{location.Country}");
        Assert.Equal(others, string.Join(';', location.OtherPlaces.Select(place => $"{place.City}|{place.Region}|{place.Country}")));
    }

    [Fact]
    public void Keeps_the_cleaned_text()
    {
        var location = LocationParser.Parse("  Tallahassee,&nbsp;Florida ", null);

        Assert.Equal("Tallahassee, Florida", location.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Takes_the_country_from_the_hint_when_there_is_no_text(string? text)
    {
        Assert.Equal(new NormalizedLocation(null, null, null, "US", false), LocationParser.Parse(text, "us"));
    }
}
