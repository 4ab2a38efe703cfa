using System.Globalization;
using System.Text;
using Hamahang.Api.Domain;
using Hamahang.Api.Text;

namespace Hamahang.Api.Meetings;

/// <summary>
/// One revision of minutes as a Markdown document, for archives and document systems: the meeting's
/// title, its date in the Solar Hijri calendar and in ISO 8601, the venue, attendees, agenda, decisions,
/// site visits, then the minutes' own sections (discussion, other).
/// </summary>
public static class MinutesMarkdown
{
    /// <summary>What a rendering needs, gathered by the resolver (batched with other revisions).</summary>
    public sealed record Parts(
        Minutes Minutes,
        Meeting Meeting,
        IReadOnlyList<string> Attendees,
        IReadOnlyList<AgendaItem> Agenda,
        IReadOnlyList<Decision> Decisions,
        IReadOnlyList<string> SiteVisits,
        IReadOnlyList<MinutesSection> Sections);

    private static readonly MinutesSectionKind[] Structured =
        [MinutesSectionKind.Attendees, MinutesSectionKind.Agenda, MinutesSectionKind.Decisions, MinutesSectionKind.SiteVisits];

    public static string Render(Parts parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var (minutes, meeting) = (parts.Minutes, parts.Meeting);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(meeting.Title).AppendLine();
        if (meeting.TitleEn is { Length: > 0 } english)
        {
            md.Append('_').Append(english).AppendLine("_").AppendLine();
        }

        Line(md, "تاریخ", PreciseDate.ToLongString(meeting.StartsAt, meeting.StartsAtPrecision) is { } date
            ? $"{date} ({PreciseDate.ToIso(meeting.StartsAt, meeting.StartsAtPrecision)})"
            : "نامعلوم");
        Line(md, "محل", meeting.Venue);
        Line(md, "نسخه", minutes.Revision.ToString(CultureInfo.InvariantCulture) + (minutes.AmendsId is null ? string.Empty : " (اصلاحیه)"));
        // As precisely as the publication is known: «1403 (2024-03-20)» for a year, never an invented midnight.
        if (PreciseDate.Format(minutes.PublishedAt, minutes.PublishedAtPrecision) is { } published)
        {
            Line(md, "انتشار", $"{published} ({PreciseDate.ToIso(minutes.PublishedAt, minutes.PublishedAtPrecision)})");
        }

        List(md, "حاضران", parts.Attendees);
        List(md, "دستور جلسه", [.. parts.Agenda.Select(a => a.Title)], numbered: true);
        List(md, "مصوبات", [.. parts.Decisions.Select(d => d.DueDate is { } due ? $"{d.Text} (مهلت: {JalaliDate.FromDate(due)})" : d.Text)], numbered: true);
        List(md, "بازدیدها", parts.SiteVisits);
        foreach (var section in parts.Sections.Where(s => !Structured.Contains(s.Kind)).OrderBy(s => s.Position))
        {
            md.Append("## ").AppendLine(section.Heading).AppendLine().AppendLine(section.Body.Trim()).AppendLine();
        }

        return md.ToString().TrimEnd() + "\n";
    }

    private static void Line(StringBuilder md, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            md.Append("- **").Append(label).Append(":** ").AppendLine(value);
        }
    }

    private static void List(StringBuilder md, string heading, IReadOnlyList<string> items, bool numbered = false)
    {
        if (items.Count == 0)
        {
            return;
        }

        md.AppendLine().Append("## ").AppendLine(heading).AppendLine();
        for (var i = 0; i < items.Count; i++)
        {
            md.Append(numbered ? $"{i + 1}. " : "- ").AppendLine(items[i]);
        }
    }
}
