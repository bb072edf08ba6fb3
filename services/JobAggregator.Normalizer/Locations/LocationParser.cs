using System.Text.RegularExpressions;
using JobAggregator.Contracts;
using JobAggregator.Normalizer.Text;

namespace JobAggregator.Normalizer.Locations;

/// <summary>Splits a location text ("Atlanta, GA", "Tallahassee, Florida", "United States of America-OHIO-Franklin
/// County", "Remote - US", "Hybrid (Atlanta, GA)", "Boston, MA; New York, NY") into city, region, country, remote and
/// hybrid, and the further places of a text that names several.</summary>
/// <remarks>A city is named beside a recognised region or country, when the bundled gazetteer knows it, or when a
/// capitalised town name stands alone ("Hamburg", "Tel Aviv"), so a sentence such as "covers the six New England
/// states" is kept as text and not taken for a city. Hybrid work is not
/// remote. A county is never taken for a city.</remarks>
internal static partial class LocationParser
{
    // Lower case only: "IN" and "OR" are states.
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "or", "and", "only", "based", "within", "in", "from", "anywhere", "or remote", "or hybrid", "and remote", "office",
    };

    /// <param name="text">The location as scraped.</param>
    /// <param name="countryHint">ISO 3166-1 alpha-2 country of the source: the country when the text names none, and
    /// the first place to look up a region code that several countries use.</param>
    public static NormalizedLocation Parse(string? text, string? countryHint)
    {
        var hint = Countries.FromHint(countryHint);
        var cleaned = TextCleaner.Clean(text, FieldLimits.Place);
        if (cleaned is null)
        {
            return new NormalizedLocation(null, null, null, hint, false);
        }

        // "Contagem/MG": a town, a slash and a state's code is how Brazil writes a place, and says the country where no
        // source does (a state's code elsewhere than the US, Canada and Australia is read only in its country).
        hint ??= BrazilianTownAndState().IsMatch(cleaned) ? "BR" : null;

        var hybrid = HybridWords().IsMatch(cleaned);
        var remote = RemoteWords().IsMatch(cleaned) && !hybrid;
        if (JapaneseAddresses.Parse(cleaned) is { } address)
        {
            return new NormalizedLocation(cleaned, address.City, address.Region, address.Country, remote) { Hybrid = hybrid };
        }

        if (CityWardAddresses.City(cleaned) is { } city)
        {
            return new NormalizedLocation(cleaned, city, null, hint, remote) { Hybrid = hybrid };
        }

        var places = Places(cleaned, hint);
        var first = places.Count > 0 ? places[0] : ParseOne(cleaned, hint);
        var others = places.Skip(1).ToList();
        var location = new NormalizedLocation(cleaned, first.City, first.Region, first.Country ?? hint ?? PlaceNames.CountryOfArea(cleaned), remote)
        {
            Hybrid = hybrid,
        };
        return others.Count == 0 ? location : location with { OtherPlaces = others };
    }

    /// <summary>The places of a text that names several ("Boston, MA; New York, NY", "Atlanta, GA or Decatur, GA"), each
    /// with what it states itself; empty when the text names one place or none.</summary>
    private static List<NormalizedPlace> Places(string text, string? hint)
    {
        var segments = new List<string>();
        foreach (var strong in StrongSeparators().Split(MultipleWords().Replace(text, ";")))
        {
            // "Newfoundland and Labrador" and "Trinidad and Tobago" name one place as a whole.
            var pieces = NamesOnePlace(strong, hint) ? [strong] : WeakSeparators().Split(strong);
            var located = pieces.Select(piece => ParseOne(piece, hint)).ToList();
            // "Atlanta, GA or Remote" and "Newfoundland and Labrador" are one place; "Boston, MA or New York, NY" two.
            segments.AddRange(pieces.Length > 1 && located.All(IsPlace) && located.Distinct().Count() == pieces.Length ? pieces : [strong]);
        }

        if (segments.Count < 2)
        {
            return [];
        }

        var places = segments.Select(segment => ParseOne(segment, hint)).Where(IsPlace).Distinct().ToList();
        return places.Count < 2 ? [] : places;
    }

    /// <summary>"Recife, PE" with no country said: the code of the country where the gazetteer knows the town before it
    /// (Pernambuco), not the first country whose code it also is (Prince Edward Island).</summary>
    private static Subdivision RegionWhereTheTownIs(Subdivision region, string regionText, IEnumerable<string> before)
    {
        foreach (var name in before)
        {
            if (Gazetteer.Find(name, region.Country) is { } town && town.Country != region.Country
                && Subdivisions.Find(regionText, town.Country) is { } there && there.Country == town.Country
                && (town.Region is null || town.Region == there.Code))
            {
                return there;
            }
        }

        return region;
    }

    private static bool NamesOnePlace(string text, string? hint) =>
        Countries.Find(text) is not null || Subdivisions.Find(text, hint) is not null || Gazetteer.Find(text, hint) is not null;

    private static bool IsPlace(NormalizedPlace place) => place.City is not null || place.Region is not null || place.Country is not null;

    /// <summary>One place, from what the text itself states: the hint is used to read codes, never returned.</summary>
    private static NormalizedPlace ParseOne(string text, string? hint)
    {
        var place = HybridWords().Replace(RemoteWords().Replace(MultipleWords().Replace(text, ","), ","), ",");
        if (CommuneOfCity(place, hint) is { } commune)
        {
            return commune;
        }

        // "Utrecht (Kanaleneiland)", "Madrid (Chamberí)": a city the gazetteer knows, then its district in brackets.
        place = CityThenDistrict().Replace(place, match =>
            IsCityAndDistrict([match.Groups["city"].Value, match.Groups["district"].Value.Trim()], hint) ? match.Groups["city"].Value : match.Value);
        var parts = Split(place, hint);

        string? country = null;
        var rest = new List<string>();
        var last = parts.Count > 1 ? parts[^1] : null;
        foreach (var part in parts)
        {
            if (Countries.Find(part) is { } named)
            {
                country ??= named;
            }
            else if (ReferenceEquals(part, last) && IsSourceCountryCode(part, parts.Count, hint))
            {
                // "Leipzig, Sachsen, DE", "Enschede, Overijssel, NL": the source's own country, not Delaware or
                // Newfoundland and Labrador.
                country ??= part.Trim();
            }
            else if (!CountyLike().IsMatch(part) && !char.IsLower(part[0]))
            {
                // A place's name is capitalised: "dos días por semana" beside "Valencia" is about the hours.
                rest.Add(part);
            }
        }

        // "São Paulo, SP", "Rio de Janeiro, RJ", "New York, NY": a city, then the code of the region that shares its name.
        // A code outside the US, Canada and Australia is read only in its own country, so the name would be taken for
        // the region and the code left for the city; the pair says both, and the country.
        if (rest.Count >= 2 && Subdivisions.Find(rest[^2], country ?? hint) is { } sharedName
            && string.Equals(sharedName.Code, rest[^1].Trim(), StringComparison.Ordinal) && (country is null || sharedName.Country == country))
        {
            return new NormalizedPlace(rest[^2].Trim(), sharedName.Shown, country ?? sharedName.Country);
        }

        // The last part naming a region is the region; an earlier one is the city ("Washington, DC").
        Subdivision? region = null;
        var regionAt = 0;
        var regionText = "";
        for (var i = rest.Count - 1; i >= 0 && region is null; i--)
        {
            region = Subdivisions.Find(rest[i], country ?? hint);
            if (region is not null && country is not null && region.Country != country)
            {
                // "Acre, Israel" is the town, not Brazil's state of Acre.
                region = null;
            }
            else if (region is not null)
            {
                region = country is null && hint is null ? RegionWhereTheTownIs(region, rest[i], rest.Take(i)) : region;
                regionText = rest[i];
                rest.RemoveAt(i);
                regionAt = i;
            }
            else if (TrailingCode().Match(rest[i]) is { Success: true } trailing
                && Subdivisions.Find(trailing.Groups["code"].Value, country ?? hint) is { } coded)
            {
                // "Atlanta GA" with no comma.
                region = coded;
                rest[i] = trailing.Groups["city"].Value;
                regionAt = i + 1;
            }
        }

        // The city is the part nearest before the region ("New England, Boston, MA"), else the one after it
        // ("Georgia (Atlanta area)").
        var nearestFirst = rest.Take(regionAt).Reverse().Concat(rest.Skip(regionAt)).Select(CityName).OfType<string>()
            .Select(name => DualPlaceNames.TownIn(name, country ?? region?.Country ?? hint)).ToList();
        var known = nearestFirst
            .Select(name => Gazetteer.Find(name, country ?? region?.Country ?? hint))
            .FirstOrDefault(found => found is not null
                && (country is null || found.Country == country)
                && (region is null || (found.Country == region.Country && (found.Region is null || found.Region == region.Code))));
        // With no region to stand beside, a town the gazetteer knows is the city rather than the parts of an address
        // before it ("Griffith College, South Circular Road, Dublin 8, Ireland").
        var city = region is null && country is not null && known is not null ? known.Name
            : region is not null || country is not null ? nearestFirst.FirstOrDefault() : null;
        if (city is null && known is not null)
        {
            // A bare town the gazetteer knows: "Boulder", "Amsterdam", "Gold Coast".
            return new NormalizedPlace(known.Name, region?.Shown ?? Subdivisions.Shown(known.Country, known.Region), country ?? known.Country);
        }

        if (city is null && region is not null && rest.Count == 0 && !Residency().IsMatch(text)
            && (Gazetteer.Find(regionText, region.Country) ?? Gazetteer.Find(region.Name, region.Country)) is { } sameName
            && sameName.Country == region.Country)
        {
            // "Utrecht", "Québec", "Córdoba" standing alone are cities before they are provinces, in the city's own region
            // ("Buenos Aires" is the autonomous city, not the province around it); but where one must live is a province:
            // "Télétravail (résidents du Québec)".
            return new NormalizedPlace(sameName.Name, Subdivisions.Shown(sameName.Country, sameName.Region), country ?? sameName.Country);
        }

        if (city is null && region is null && country is null && nearestFirst.Count == 1 && rest.Count == 1
            && PlaceNames.IsTown(nearestFirst[0]))
        {
            // A town the gazetteer does not know, standing alone ("Hamburg", "Tel Aviv", "Rocky Hill"): the source's
            // country is its country.
            city = nearestFirst[0];
        }

        var knownRegion = known is not null && string.Equals(known.Name, city, StringComparison.OrdinalIgnoreCase)
            ? Subdivisions.Shown(known.Country, known.Region)
            : null;
        return new NormalizedPlace(city, region?.Shown ?? knownRegion, country ?? region?.Country);
    }

    /// <summary>A last part that is the source's country code: always after a city and a region, and after a city alone
    /// where the code is no US state's, Canadian province's or Australian state's ("Leipzig, DE" for a German source,
    /// while "Los Angeles, CA" stays California).</summary>
    private static bool IsSourceCountryCode(string part, int partCount, string? hint) =>
        Countries.FromHint(hint) is { } code && string.Equals(part.Trim(), code, StringComparison.Ordinal)
        && (partCount >= 3 || code is not ("US" or "CA" or "AU"));

    private static List<string> Split(string text, string? hint)
    {
        var parts = new List<string>();
        foreach (var piece in Separators().Split(text))
        {
            // "Wrocław / praca hybrydowa" is the town once the hybrid words are gone: a slash left at its end goes too.
            var part = EdgeFillers().Replace(PostalCode().Replace(piece.TrimEnd(), string.Empty).Trim(' ', '.', '-', '–', '—', ':', '/'), string.Empty);
            // A part of digits alone is a postal code or a French department's number ("Bron (69)", "Wien, 1080"), no place;
            // nor is an Italian province's code ("Imola (BO)"), nor a town's numbered district ("Wien, 9. Bezirk").
            if (part.Length == 0 || Fillers.Contains(part) || part.All(char.IsAsciiDigit) || ItalianProvinces.IsCode(part, Countries.FromHint(hint))
                || NumberedDistrict().IsMatch(piece.Trim()))
            {
                continue;
            }

            // Job portals glue levels with bare hyphens ("United States of America-OHIO-Franklin County"); a city or
            // region such as "Winston-Salem" or "Noord-Holland" is only split when a piece turns out to be a country or
            // a region and the whole is none.
            var hyphenated = part.Split('-', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var mayBeSplit = hyphenated.Length > 1 && Subdivisions.Find(part, hint) is null && Gazetteer.Find(part, hint) is null;
            if (mayBeSplit && IsCityAndDistrict(hyphenated, hint))
            {
                // "Berlin-Neukölln", "Köln-Ehrenfeld": a city the gazetteer knows, then its district.
                parts.Add(hyphenated[0]);
            }
            else if (mayBeSplit && hyphenated.Any(piece => Countries.Find(piece) is not null || Subdivisions.Find(piece, hint) is not null))
            {
                parts.AddRange(hyphenated);
            }
            else
            {
                parts.Add(part);
            }
        }

        return parts;
    }

    /// <summary>"Saint-Gilles (Bruxelles)", "Ixelles (Brussels)", "Sesto San Giovanni (Milano)": a town the gazetteer does
    /// not know, then the city it belongs to in brackets, is that town, in the city's country and region; null for any
    /// other text.</summary>
    private static NormalizedPlace? CommuneOfCity(string text, string? hint) =>
        CommuneThenCity().Match(text) is { Success: true } match && match.Groups["commune"].Value.Trim() is var commune
            && Gazetteer.Find(match.Groups["city"].Value.Trim(), hint) is { } city
            && Gazetteer.Find(commune, hint) is null && Countries.Find(commune) is null && Subdivisions.Find(commune, hint) is null
            && PlaceNames.IsTown(commune)
            ? new NormalizedPlace(commune, Subdivisions.Shown(city.Country, city.Region), city.Country)
            : null;

    private static bool IsCityAndDistrict(string[] pieces, string? hint) =>
        pieces.Length == 2 && Gazetteer.Find(pieces[0], hint) is { } city && string.Equals(city.Name, pieces[0], StringComparison.OrdinalIgnoreCase)
        && Countries.Find(pieces[1]) is null && Subdivisions.Find(pieces[1], hint) is null && Gazetteer.Find(pieces[1], hint) is null;

    private static string? CityName(string part)
    {
        var name = CityQualifiers().Replace(part, string.Empty).Trim();
        return name.Length == 0 || Fillers.Contains(name) || name.Any(char.IsAsciiDigit) || PlaceNames.IsInstitution(name) ? null : name;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:fully\s+)?(?:remote(?:ly)?|work\s+from\s+home|wfh|tele-?work(?:ing)?|telecommute|teletrabajo|trabajo\s+a\s+distancia|t[ée]l[ée]travail|[àa]\s+distance|(?:da\s+|en\s+)?remoto|op\s+afstand|thuis(?:werk(?:en)?)?|vanuit\s+huis|home[\s-]based|based\s+at\s+home|desde\s+casa|depuis\s+(?:le\s+|son\s+)?domicile|von\s+zu\s+hause(?:\s+aus)?|home\s?office|virtual|anywhere|zdalnie|praca\s+zdalna|telelavoro)(?![\p{L}])|远程|遠程|リモート|在宅勤務|テレワーク", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RemoteWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:hybrid|h[íi]brid[oa]|hybride|ibrid[oa]|(?:praca\s+|tryb\s+|model\s+)?hybrydow[aoy]|hybrid\s+working|part(?:ly|ially)\s+remote|(?:con\s+)?posibilidad\s+de\s+teletrabajo|teletrabajo\s+parcial|(?:possibilit[ée]\s+de\s+)?t[ée]l[ée]travail\s+partiel|possibilit[ée]\s+de\s+t[ée]l[ée]travail|telelavoro\s+parziale|possibilit[àa]\s+di\s+telelavoro|teilweise\s+(?:im\s+)?home\s?office|deels\s+thuiswerken|(?:t[ée]l[ée]travail|remote|remoto)\s+(?:possible\s+)?(?:\d|one|two|three|un|deux|trois|uno|due|tre)\s+(?:jours?|days?|giorni)(?:\s+(?:par|per|a)\s+(?:semaine|week|settimana))?)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HybridWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:residents?|r[ée]sidents?|residentes|residenti|wohnhaft|within|must\s+(?:reside|live))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Residency();

    [GeneratedRegex(@"(?<![\p{L}])(?:multiple|various|several|many|different)\s+(?:locations?|offices?|sites?|cities)\s*:?|(?:varias|diversas|m[úu]ltiples)\s+(?:ubicaciones|sedes|ciudades)\s*:?|plusieurs\s+(?:lieux|sites|villes)\s*:?|(?:diverse|pi[ùu])\s+sedi\s*:?|meerdere\s+locaties\s*:?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MultipleWords();

    [GeneratedRegex(@"\s*(?:;|\||\s/\s|•|·|\n)\s*")]
    private static partial Regex StrongSeparators();

    [GeneratedRegex(@"\s+(?:or|and|&|y|o|et|ou|e|en|oder|und)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakSeparators();

    [GeneratedRegex(@"[,;|()\[\]]|\s[-–—]\s|\s[-–—]|[-–—]\s|(?<=\p{L})/(?=[A-Z]{2}\b)")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\p{Lu}[\p{L} .'’-]+/(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)$", RegexOptions.CultureInvariant)]
    private static partial Regex BrazilianTownAndState();

    [GeneratedRegex(@"^(?:(?:en\s+)?tod[oa](?:\s+(?:o|a|el|la))?|partout\s+(?:en|au|aux|dans\s+(?:le|la|les))|(?:dans\s+)?tout\s+(?:le|la)|(?:in\s+)?tutt[oa](?:\s+(?:il|la))?|(?:in\s+)?ganz|overal\s+in|(?:anywhere\s+)?(?:within|in|from)|based\s+in|or|and|(?:open\s+to\s+|only\s+)?residents\s+of|must\s+(?:reside|live)\s+in|(?:solo\s+)?residentes\s+en|r[ée]sidents?\s+(?:du|de\s+la|des|de|en)|residenti\s+in|wohnhaft\s+in)\s+|(?:\s+(?:office|offices))?\s+(?:and|or|&|et|ou|y|o|e|und|oder|en|of)\s+(?:home|remote|(?:le\s+)?domicile|casa|thuis)$|\s+(?:only|based|or|and|oder|of|ou|o|y|e|et|en|und|office|offices|headquarters|hq|residents?(?:\s+only)?|applicants(?:\s+only)?|candidates(?:\s+only)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EdgeFillers();

    /// <summary>A postal code after the town ("Princeton 08540"), a French arrondissement ("Paris 11e", "Lyon 3e",
    /// "Marseille 1er") or a numbered postal district ("Dublin 7", "Praha 2"): a part of the town, not its name.</summary>
    [GeneratedRegex(@"\s+(?:\d{4,5}(?:-\d{4})?|\d{1,2}(?:e|er|ème|eme)?)$")]
    private static partial Regex PostalCode();

    /// <summary>A town's district by its number, a part of the town and no region: "9. Bezirk", "3. Gemeindebezirk", Zürich's "Kreis 4",
    /// "11e arrondissement", "3rd district", "Distrito 5", "Municipio V", "Dzielnica 4", "Obvod 2", "Stadsdeel 7".</summary>
    [GeneratedRegex(@"^(?:(?:\d{1,2}|[IVX]{1,5})(?:\.|e|er|ère|ème|eme|re|st|nd|rd|th|º|°|ª)?\s*(?:(?:gemeinde|stadt)?bezirk|arrondissement|arr\.?|district|distrito|municipio|dzielnica|obvod|stadsdeel)|(?:(?:gemeinde|stadt)?bezirk|kreis|arrondissement|district|distrito|municipio|dzielnica|obvod|stadsdeel)\s+(?:\d{1,2}|[IVX]{1,5}))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedDistrict();

    /// <summary>"Cook County", "Orleans Parish", and the Irish and British way round, "Co. Mayo", "County Clare".</summary>
    [GeneratedRegex(@"\s(?:county|parish|borough)$|^(?:co\.|county)\s+\p{Lu}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountyLike();

    [GeneratedRegex(@"(?<city>\p{L}[\p{L} .'-]*?)\s*\((?<district>[^(),;]+)\)")]
    private static partial Regex CityThenDistrict();

    [GeneratedRegex(@"^\s*(?<commune>\p{Lu}[\p{L} .'-]*?)\s*\((?<city>[^(),;]+)\)\s*$")]
    private static partial Regex CommuneThenCity();

    /// <summary>"Atlanta GA", and a code written with full stops ("Bogotá D.C.", "Washington D.C.", whose last stop the
    /// split has taken).</summary>
    [GeneratedRegex(@"^(?<city>\p{L}[\p{L} .'-]*?)\s+(?<code>[A-Z]{2,3}|[A-Z]\.[A-Z](?:\.[A-Z])?\.?)$")]
    private static partial Regex TrailingCode();

    /// <summary>What surrounds or centres a town but is no other town: "Greater Boston", "Adelaide CBD", "Lyon centre-ville";
    /// a university's campus named for its town ("Campus Chillán", "Campus de Leganés"; "Main Campus" names none).</summary>
    [GeneratedRegex(@"^(?:greater|downtown|campus(?:\s+(?:de|di|du|of))?)\s+|\s+(?:metro(?:politan)?\s+area|metro|area|region|cbd|city\s+cent(?:re|er)|centre-ville|innenstadt|stadtmitte|centro\s+storico)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CityQualifiers();
}
