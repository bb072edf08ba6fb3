using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JobAggregator.Text;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The numbered sections of a notice written as an outline ("一、招聘岗位 / 二、工作地点 / 三、报名方式", "1. 募集職種 /
/// 2. 勤務地", "1. Objeto / 2. Puestos / 3. Lugar de trabajo", "Art. 2 – Posti", "2. Postes à pourvoir", "II. Positions"):
/// each heads a part of the notice, and the one naming the posts lists the openings, which are no sections.</summary>
/// <remarks>A section's heading is an outline number and a few words naming no role: a numbered line naming one
/// ("（一）项目主管", "2.1 Técnico/a jurídico/a") is a post of the section it stands in.</remarks>
internal static partial class OutlineSections
{
    private const int MaxLabelWords = 6;
    private const int MaxHanLabelLength = 12;

    /// <summary>Whether the text is an outline section's heading: an outline number, then a short label naming no role.</summary>
    public static bool IsSection(string? text) => Label(text) is not null;

    /// <summary>Whether the text heads the outline's section of posts ("一、招聘岗位", "1. 募集職種", "2. Puestos convocados",
    /// "Art. 2 – Posti disponibili", "2. Postes à pourvoir", "3. Positions"): its titles are the notice's openings.</summary>
    public static bool NamesPosts(string? text) => Label(text) is { } label && PostsWord().IsMatch(label);

    /// <summary>The text without the outline number it opens with ("① 弁護士" is "弁護士", "2.1 Técnico/a" is "Técnico/a",
    /// "（一）项目主管" is "项目主管"); the text itself without one.</summary>
    public static string WithoutNumber(string text) =>
        MayOpenWithNumber(text) && Number().Match(text) is { Success: true } number && number.Length < text.Length ? text[number.Length..] : text;

    /// <summary>The posts, each with the facts the outline's sections after them state for every post where it states none
    /// of its own: a section whose heading is a field's label over its value ("<c>&lt;p&gt;&lt;strong&gt;二、工作地点&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;湖北省武汉市…&lt;/p&gt;</c>",
    /// "3. Lugar de trabajo", "3. Sede di lavoro"), or a section stating a closing date ("三、报名方式", "4. Plazo y forma de
    /// presentación", "4. How to apply").</summary>
    public static List<PostingDraft> Sharing(List<PostingDraft> posts, IElement lastTitle)
    {
        var found = new FoundFields();
        for (var next = Part(lastTitle).NextElementSibling; next is not null; next = next.NextElementSibling)
        {
            if (HeadingText(next) is not { } heading || Label(heading) is not { } label)
            {
                continue;
            }

            var body = Body(next);
            if (FieldLabels.KindOf(label) is var kind and (FieldKind.Location or FieldKind.EmploymentType or FieldKind.Salary or FieldKind.ValidThrough))
            {
                // The section's body is its heading's value, as a labelled line's is.
                found.Set(kind, HtmlToText.CollapsedRun(body));
            }
            else
            {
                // "三、报名方式", "4. Plazo y forma de presentación": a closing date a later section states is every post's.
                found.Set(FieldKind.ValidThrough, BlockFields.ReadRun(body).ValidThrough ?? ClosingSentences.FirstIn(body));
            }
        }

        return posts.ConvertAll(p => p with
        {
            Location = p.Location ?? found.Location,
            EmploymentType = p.EmploymentType ?? found.EmploymentType,
            SalaryText = p.SalaryText ?? found.Salary,
            ValidThrough = p.ValidThrough ?? found.ValidThrough,
        });
    }

    /// <summary>The text of an element that heads a part: a heading, or a paragraph that is nothing but a bold line.</summary>
    private static string? HeadingText(IElement element) =>
        ElementWalk.IsHeading(element) ? PlainText.Of(element)
            : element.LocalName == "p" && ElementWalk.OnlyBoldLine(element) is { } bold ? PlainText.Of(bold)
            : null;

    /// <summary>The elements after a section's heading up to the next heading of a part.</summary>
    private static List<IElement> Body(IElement heading)
    {
        var body = new List<IElement>();
        for (var next = heading.NextElementSibling; next is not null && HeadingText(next) is null; next = next.NextElementSibling)
        {
            body.Add(next);
        }

        return body;
    }

    /// <summary>The outermost wrapper of the title that holds nothing but it: the element among the outline's parts.</summary>
    private static IElement Part(IElement title)
    {
        var part = title;
        while (part.ParentElement is { } parent && parent.LocalName is not ("main" or "body" or "article") && OpeningBlock.HoldsOnly(parent, part)
            && parent.ChildElementCount == 1)
        {
            part = parent;
        }

        return part;
    }

    /// <summary>Whether a line's first letter may open a list's number: a digit, a bracket, a Chinese numeral or a circled
    /// number (the numbers lines of facts are counted with), asked before the pattern.</summary>
    public static bool MayBeNumbered(ReadOnlySpan<char> text) =>
        char.IsDigit(text[0]) || text[0] is '(' or '（' or (>= '\u2460' and <= '\u2473') || ChineseNumerals.Contains(text[0]);

    private const string ChineseNumerals = "一二三四五六七八九十";

    /// <summary>The label after the outline number of a section's heading; null for a text that is none.</summary>
    private static string? Label(string? text)
    {
        if (text is null || !MayOpenWithNumber(text) || Number().Match(text) is not { Success: true } number)
        {
            return null;
        }

        var label = text[number.Length..].Trim().TrimEnd(':', '：', '.', '。');
        var han = label.Length > 0 && label[0] >= '\u3000';
        return label.Length > 0 && (han ? label.Length <= MaxHanLabelLength : JobTitles.WordCount(label) <= MaxLabelWords)
            && !JobTitles.HasRoleWord(label) && !FieldLabels.HasDigit(label)
            ? label
            : null;
    }

    /// <summary>Whether the text's first letter may open an outline number: a digit, a Chinese numeral, a bracket, a circled
    /// number, "第", a capital Roman numeral, "Art" or "Base"; asked before the pattern, as most titles open with none.</summary>
    private static bool MayOpenWithNumber(string text)
    {
        var first = text.AsSpan().TrimStart();
        return !first.IsEmpty && (MayBeNumbered(first) || first[0] is '第' or 'I' or 'V' or 'X' or 'A' or 'a' or 'B' or 'b');
    }

    // "一、", "二．", "（一）", "(1)", "第一条", "①", "1.", "1、", "2)", "２．", "2.1", "II.", "Art. 2 –", "Artículo 2.", "Article 2 :".
    [GeneratedRegex("""
        ^\s*(?:
          [一二三四五六七八九十]{1,3}\s*[、．.]
        | [（(]\s*(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})\s*[）)]
        | 第\s*(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})\s*[条條章節节項项部]
        | [\u2460-\u2473]
        | [0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2})*\s*[.、．)）](?![0-9０-９])
        | [0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2})+(?=\s)
        | (?-i:I|II|III|IV|V|VI|VII|VIII|IX|X)\s*[.)](?=\s)
        | (?:art(?:[íi]culo|icle|icolo|ikel)?\.?|base)\s*[0-9]{1,2}\s*[ªº°]?(?:\s*[.:–—-]|(?=\s))
        )\s*(?:[:：–—-]\s*)?
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    // The posts a section names: 招聘岗位, 招聘职位, 岗位设置, 募集職種, 職種, "Puestos", "Plazas convocadas", "Posti", "Postes à
    // pourvoir", "Positions", "Vacancies", "Stellen", "Vacatures", "Vagas".
    [GeneratedRegex("""
        (?<![\p{L}])(?:puestos?|plazas?|vacantes?|posti|posizion[ie]|profili(?:\ ricercati)?|postes?|positions?|posts|vacanc(?:y|ies)|roles|openings|
        stellen|vacatures?|functies|vagas?|cargos?)(?![\p{L}])|
        岗位|崗位|职位|職位|職缺|职缺|職種|职种|募集人員|ポジション
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex PostsWord();
}
