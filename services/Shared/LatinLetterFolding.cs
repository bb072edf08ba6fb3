using System.Collections.Frozen;

namespace JobAggregator.Text;

/// <summary>The product's one table of Latin letters and their plain forms, compiled into the store and the normalizer
/// (a linked file, so neither depends on the other). <see cref="PlainLetter"/> folds what SQLite's unicode61 tokenizer
/// (remove_diacritics 2) folds, so "zurich" finds "Zürich" in MongoDB as it does in SQLite, and "Coordinación" and
/// "Coordinacion" are one word of a title when openings are matched; <see cref="Ascii"/> also spells the letters that
/// have no decomposition (ø, ł, ß, æ, ...), which FTS5 keeps as they are, for organisation names and slugs. Listed by
/// hand rather than derived by Unicode decomposition because the process runs with invariant globalisation, where
/// normalisation is unavailable; the first list is what FTS5 itself folds in Latin-1 Supplement, Latin Extended-A and
/// -B and Latin Extended Additional.</summary>
internal static class LatinLetterFolding
{
    private static readonly (char Plain, string WithDiacritics)[] Letters =
    [
        ('a', "ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǺǻȀȁȂȃȦȧḀḁẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặ"),
        ('b', "ḂḃḄḅḆḇ"),
        ('c', "ÇçĆćĈĉĊċČčḈḉ"),
        ('d', "ĎďḊḋḌḍḎḏḐḑḒḓ"),
        ('e', "ÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩḔḕḖḗḘḙḚḛḜḝẸẹẺẻẼẽẾếỀềỂểỄễỆệ"),
        ('f', "Ḟḟ"),
        ('g', "ĜĝĞğĠġĢģǦǧǴǵḠḡ"),
        ('h', "ĤĥȞȟḢḣḤḥḦḧḨḩḪḫẖ"),
        ('i', "ÌÍÎÏìíîïĨĩĪīĬĭĮįİǏǐȈȉȊȋḬḭḮḯỈỉỊị"),
        ('j', "Ĵĵǰ"),
        ('k', "ĶķǨǩḰḱḲḳḴḵ"),
        ('l', "ĹĺĻļĽľḶḷḸḹḺḻḼḽ"),
        ('m', "ḾḿṀṁṂṃ"),
        ('n', "ÑñŃńŅņŇňǸǹṄṅṆṇṈṉṊṋ"),
        ('o', "ÒÓÔÕÖòóôõöŌōŎŏŐőƠơǑǒǪǫǬǭȌȍȎȏȪȫȬȭȮȯȰȱṌṍṎṏṐṑṒṓỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ"),
        ('p', "ṔṕṖṗ"),
        ('r', "ŔŕŖŗŘřȐȑȒȓṘṙṚṛṜṝṞṟ"),
        ('s', "ŚśŜŝŞşŠšſȘșṠṡṢṣṤṥṦṧṨṩẛ"),
        ('t', "ŢţŤťȚțṪṫṬṭṮṯṰṱẗ"),
        ('u', "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗṲṳṴṵṶṷṸṹṺṻỤụỦủỨứỪừỬửỮữỰự"),
        ('v', "ṼṽṾṿ"),
        ('w', "ŴŵẀẁẂẃẄẅẆẇẈẉẘ"),
        ('x', "ẊẋẌẍ"),
        ('y', "ÝýÿŶŷŸȲȳẎẏẙỲỳỴỵỶỷỸỹ"),
        ('z', "ŹźŻżŽžẐẑẒẓẔẕ"),
    ];

    private static readonly (string Ascii, string Letters)[] WithoutDecomposition =
    [
        ("ae", "æ"), ("d", "đð"), ("h", "ħ"), ("i", "ı"), ("l", "ŀł"), ("n", "ŉ"), ("o", "ø"), ("oe", "œ"), ("ss", "ß"),
        ("t", "ŧ"), ("th", "þ"),
    ];

    private static readonly FrozenDictionary<char, string> AsciiOfLetterWithoutDecomposition = WithoutDecomposition
        .SelectMany(letter => letter.Letters.Select(c => KeyValuePair.Create(c, letter.Ascii)))
        .ToFrozenDictionary();

    private static readonly FrozenDictionary<char, char> Plain = Letters
        .SelectMany(letter => letter.WithDiacritics.Select(c => KeyValuePair.Create(c, letter.Plain)))
        .ToFrozenDictionary();

    /// <summary>The plain lower-case letter for a Latin letter with diacritics; null for any other character.</summary>
    public static char? PlainLetter(char c) => Plain.TryGetValue(c, out var plain) ? plain : null;

    /// <param name="lowerCase">A lower-case character.</param>
    /// <returns>Its plain ASCII letters, or the character itself when it has none.</returns>
    public static string Ascii(char lowerCase) =>
        PlainLetter(lowerCase) is { } plain ? plain.ToString()
        : AsciiOfLetterWithoutDecomposition.TryGetValue(lowerCase, out var ascii) ? ascii
        : lowerCase.ToString();

    /// <summary>Combining diacritical marks (U+0300 to U+036F), which the folding drops so that decomposed text
    /// ("Zu\u0308rich") reads like composed text. FTS5 drops the common ones (grave, acute, circumflex, tilde, diaeresis
    /// and the like) and keeps a few rare ones; dropping the whole block is the simpler rule.</summary>
    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';
}
