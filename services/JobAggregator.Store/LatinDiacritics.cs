using System.Collections.Frozen;

namespace JobAggregator.Store;

/// <summary>The Latin letters with diacritics that SQLite's unicode61 tokenizer (remove_diacritics 2) reads as their
/// plain letter, so "zurich" finds "Zürich" in MongoDB as it does in SQLite, and "Coordinación" and "Coordinacion" are one
/// word of a title when openings are matched. Listed by hand rather than derived by
/// Unicode decomposition because the process runs with invariant globalisation, where normalisation is unavailable; the
/// list is what FTS5 itself folds in Latin-1 Supplement, Latin Extended-A and -B and Latin Extended Additional (letters
/// such as ø, đ, ł and ß have no decomposition and stay as they are, in FTS5 too).</summary>
internal static class LatinDiacritics
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

    private static readonly FrozenDictionary<char, char> Plain = Letters
        .SelectMany(letter => letter.WithDiacritics.Select(c => KeyValuePair.Create(c, letter.Plain)))
        .ToFrozenDictionary();

    /// <summary>The plain lower-case letter for a Latin letter with diacritics; null for any other character.</summary>
    public static char? PlainLetter(char c) => Plain.TryGetValue(c, out var plain) ? plain : null;

    /// <summary>Combining diacritical marks (U+0300 to U+036F), which the folding drops so that decomposed text
    /// ("Zu\u0308rich") reads like composed text. FTS5 drops the common ones (grave, acute, circumflex, tilde, diaeresis
    /// and the like) and keeps a few rare ones; dropping the whole block is the simpler rule.</summary>
    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';
}
