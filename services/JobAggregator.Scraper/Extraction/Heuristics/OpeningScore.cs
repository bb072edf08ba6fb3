using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>How strongly a title element reads as an opening: a role word in the title (2), a gender marker or a
/// seniority word (1 each), a careers section heading above it (2), job fields in its block (1: in its text, or a line
/// its class names a job field, <c>span.job-city</c>) and a link to follow (1).</summary>
internal sealed record OpeningScore(int Total, bool RoleWord, bool Fields)
{
    /// <summary>The most <see cref="Of"/> gives: every part of the score at once.</summary>
    public const int Highest = 8;

    private static readonly char[] FieldSeparators = ['·', '|', '–', '—', '(', ')', ','];

    public static OpeningScore Of(string title, string? section, OpeningBlock block, IElement titleElement, bool linked)
    {
        var roleWord = JobTitles.HasRoleWord(title);
        var fields = HasJobFields(block.Text(), titleElement) || block.FirstDescendant(NamesOrLabelsJobField) is not null;
        var total = (roleWord ? 2 : 0)
            + (JobTitles.HasGenderMarker(title) ? 1 : 0)
            + (JobTitles.HasSeniorityWord(title) ? 1 : 0)
            + (section is not null && SectionHeadings.IsCareersSection(section) ? 2 : 0)
            + (fields ? 1 : 0)
            + (linked ? 1 : 0);
        return new OpeningScore(total, roleWord, fields);
    }

    /// <summary>Whether the block, as its fields are read, states at least three of an opening's facts (its place, pay,
    /// hours or contract, closing date), its pay or closing date among them: more than an office's or a service's list
    /// states (a place and opening hours, a place and a fee). A run of blocks that each state so much lists openings however their titles
    /// and heading are worded (a role or a careers heading the vocabulary lacks), so such a block adds 1 to its score
    /// (<see cref="OpeningBlocks"/>): asked only of a group short of the mark, as a block's whole reading costs more than
    /// the rest of its score.</summary>
    public static bool StatesFacts(OpeningBlock block, IElement title)
    {
        var fields = block.Fields(title);
        var pay = fields.Salary is not null || fields.SalaryText is not null;
        var closing = fields.ValidThrough is not null;
        var facts = (fields.Location is not null ? 1 : 0) + (fields.EmploymentType is not null ? 1 : 0) + (pay ? 1 : 0) + (closing ? 1 : 0);
        return facts >= 3 && (pay || closing);
    }

    /// <summary>An element whose class names a job field (<see cref="BlockFields.NamesJobField"/>), or a definition
    /// list's term that labels one without a colon (<c>&lt;dt&gt;Lieu&lt;/dt&gt;</c>, <c>&lt;dt&gt;Délai de
    /// postulation&lt;/dt&gt;</c>): one walk of the block for both.</summary>
    private static bool NamesOrLabelsJobField(IElement element) =>
        BlockFields.NamesJobField(element)
        || (element.LocalName == "dt" && FieldLabels.KindOf(PlainText.Of(element)) is not (FieldKind.None or FieldKind.Title));

    /// <summary>A labelled place, pay, hours or date line, an amount of money or an employment type in the block.</summary>
    private static bool HasJobFields(string? blockText, IElement title)
    {
        var text = (blockText ?? "").AsSpan();
        var titleText = PlainText.Of(title) ?? "";
        var rest = text.StartsWith(titleText, StringComparison.Ordinal) ? text[titleText.Length..] : text;
        if (FieldLabels.HasMoney(rest) || FieldLabels.HasHours(rest)
            || (rest.IndexOfAny(':', '：') >= 0 && FieldLabels.HasJobLabel(rest.ToString())))
        {
            return true;
        }

        foreach (var range in rest.SplitAny(FieldSeparators))
        {
            if (FieldLabels.EmploymentTypeLength(rest[range].Trim()) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
