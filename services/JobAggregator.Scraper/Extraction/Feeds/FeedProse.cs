using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>Most feeds have no fields for pay, place or closing date and state them in the item's text ("Salary: R18 000
/// – R22 000 per month. Closing date: 3 May 2024."). A feed item is the whole ad, with no detail page to complete it,
/// so what the text states fills what the feed's own fields left empty; a lead naming the posting before its title is
/// left out of the title.</summary>
internal static class FeedProse
{
    public static PostingDraft Complete(PostingDraft draft)
    {
        // A blog's post title may name the posting before its title ("Vaga: Advogado(a) criminalista", "Vacancy: …").
        if (draft.Title is { } title && JobTitles.WithoutHiringWord(title) is var bare && bare != title)
        {
            draft = draft with { Title = bare };
        }

        if (PlainText.FromHtml(draft.DescriptionHtml) is not { } text)
        {
            return draft;
        }

        // A labelled line ("Location: Leeds (with some home working)") says more than the prose around it.
        var labelled = DescriptionLines.Read(draft.DescriptionHtml);
        return draft with
        {
            SalaryText = draft.SalaryText ?? (draft.Salary is null ? ProseFields.Salary(text) ?? labelled.SalaryText : null),
            EmploymentType = draft.EmploymentType ?? (draft.Title is null ? null : FieldLabels.InternIn(draft.Title)) ?? FieldLabels.HoursIn(text) ?? labelled.EmploymentType
                ?? (draft.Title is null ? null : FieldLabels.EmploymentTypeInTitle(draft.Title)),
            Location = draft.Location ?? labelled.Location ?? ProseFields.Location(text) ?? (draft.Title is null ? null : JobTitles.RemoteInBrackets(draft.Title)),
            ValidThrough = draft.ValidThrough ?? ProseFields.ClosingDate(text) ?? labelled.ValidThrough,
            DatePosted = draft.DatePosted ?? labelled.DatePosted,
        };
    }
}
