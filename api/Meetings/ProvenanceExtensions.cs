using Hamahang.Api.Domain;
using Hamahang.Api.Text;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Meetings;

/// <summary>A source's publication date in the Solar Hijri calendar, as the outlets print it.</summary>
[ExtendObjectType(typeof(Source))]
public static class SourceExtensions
{
    [Cost(0)]
    [GraphQLDescription("The publication date as the outlet prints it: «دوشنبه ۱۱ اردیبهشت ۱۴۰۲».")]
    [ProjectionRequires(nameof(Source.PublishedOn))]
    public static string? GetPublishedOnJalali([Parent] Source source) =>
        source.PublishedOn is { } published ? JalaliDate.FromDate(published).ToLongString() : null;
}

/// <summary>A meeting's source address, read from its one store (the source's url).</summary>
[ExtendObjectType(typeof(Meeting))]
public static class MeetingSourceUrlExtensions
{
    [Cost(1)]
    [GraphQLDescription("The address of the item the meeting's facts come from: the same fact as source.url, kept once.")]
    [ProjectionRequires(nameof(Meeting.SourceId))]
    public static Task<string?> GetSourceUrl([Parent] Meeting meeting, SourceUrlDataLoader urls) =>
        meeting.SourceId is { } id ? urls.LoadAsync(id) : Task.FromResult<string?>(null);
}

/// <summary>The photos' captions of a site visit, in order.</summary>
[ExtendObjectType(typeof(SiteVisit))]
public static class SiteVisitExtensions
{
    [Cost(1)]
    [GraphQLDescription("The captions of the visit's photos, in order.")]
    public static Task<SiteVisitPhoto[]> GetPhotos([Parent] SiteVisit visit, SiteVisitPhotosDataLoader photos) => photos.LoadAsync(visit.Id);
}
