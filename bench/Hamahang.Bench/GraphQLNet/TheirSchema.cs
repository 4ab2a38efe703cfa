using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Hamahang.GraphQL.Data;

namespace Hamahang.Bench.GraphQLNet;

/// <summary>
/// <see cref="MeetingData"/> in GraphQL.NET 8.8.5, code first (<c>ObjectGraphType</c>s), the same fields as
/// <see cref="OurSchema"/> reaches: the connections' <c>nodes</c>, the <c>where</c> on status and the <c>order</c> on
/// startsAt that the filtered page uses, and a meeting's districts and attendees batched per level (<see cref="TheirLoader"/>).
/// </summary>
internal sealed class TheirSchema : Schema
{
    public TheirSchema()
    {
        Query = new QueryType();
        RegisterType(typeof(MeetingType));
    }
}

internal sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Field<DistrictsConnectionType>("districts")
            .Argument<IntGraphType>("first")
            .Resolve(c => MeetingData.DistrictsPage(c.GetArgument<int?>("first")));
        Field<MeetingsConnectionType>("meetings")
            .Argument<IntGraphType>("first")
            .Argument<MeetingFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<MeetingSortInputType>>>("order")
            .Resolve(c => Meetings(c));
        Field<NodeInterface>("node")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c =>
            {
                var (type, key) = NodeId.Decode(c.GetArgument<string>("id"));
                return type == "Meeting" ? MeetingData.MeetingsById.GetValueOrDefault(int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)) : null;
            });
    }

    // where: { status: { eq } } and order: [{ startsAt }], read from GraphQL.NET's argument dictionaries.
    private static List<Meeting> Meetings(IResolveFieldContext context)
    {
        var status = context.GetArgument<Dictionary<string, object?>?>("where")?.GetValueOrDefault("status") is Dictionary<string, object?> filter
            ? filter.GetValueOrDefault("eq") as MeetingStatus?
            : null;
        var descending = context.GetArgument<List<object?>?>("order") is [Dictionary<string, object?> sort]
            && sort.GetValueOrDefault("startsAt") is string direction ? direction == "DESC" : (bool?)null;
        return MeetingData.MeetingsPage(context.GetArgument<int?>("first"), status, descending);
    }
}

internal sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

internal sealed class DistrictType : ObjectGraphType<District>
{
    public DistrictType()
    {
        Name = "District";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => NodeId.Encode("District", c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("number").Resolve(c => c.Source.Number);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
    }
}

internal sealed class MeetingType : ObjectGraphType<Meeting>
{
    public MeetingType()
    {
        Name = "Meeting";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => NodeId.Encode("Meeting", c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<DateTimeScalar>("startsAt").Resolve(c => c.Source.StartsAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DistrictType>>>>("districts")
            .Resolve(c => TheirLoader.For<District>(c, "Meeting.districts", MeetingData.DistrictsOf).Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttendeeType>>>>("attendees")
            .Resolve(c => TheirLoader.For<MeetingAttendee>(c, "Meeting.attendees", MeetingData.AttendeesOf).Load(c.Source.Id));
    }
}

internal sealed class AttendeeType : ObjectGraphType<MeetingAttendee>
{
    public AttendeeType()
    {
        Name = "MeetingAttendee";
        Field<PersonType>("person").Resolve(c => c.Source.Person);
    }
}

internal sealed class PersonType : ObjectGraphType<Person>
{
    public PersonType()
    {
        Name = "Person";
        Field<NonNullGraphType<StringGraphType>>("fullName").Resolve(c => c.Source.FullName);
    }
}

internal sealed class DistrictsConnectionType : ObjectGraphType<List<District>>
{
    public DistrictsConnectionType()
    {
        Name = "DistrictsConnection";
        Field<ListGraphType<NonNullGraphType<DistrictType>>>("nodes").Resolve(c => c.Source);
    }
}

internal sealed class MeetingsConnectionType : ObjectGraphType<List<Meeting>>
{
    public MeetingsConnectionType()
    {
        Name = "MeetingsConnection";
        Field<ListGraphType<NonNullGraphType<MeetingType>>>("nodes").Resolve(c => c.Source);
    }
}

internal sealed class MeetingStatusType : EnumerationGraphType<MeetingStatus>
{
    public MeetingStatusType() => Name = "MeetingStatus";
}

internal sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Add("ASC", "ASC");
        Add("DESC", "DESC");
    }
}

internal sealed class MeetingStatusOperationFilterInputType : InputObjectGraphType
{
    public MeetingStatusOperationFilterInputType()
    {
        Name = "MeetingStatusOperationFilterInput";
        Field<MeetingStatusType>("eq");
    }
}

internal sealed class MeetingFilterInputType : InputObjectGraphType
{
    public MeetingFilterInputType()
    {
        Name = "MeetingFilterInput";
        Field<MeetingStatusOperationFilterInputType>("status");
    }
}

internal sealed class MeetingSortInputType : InputObjectGraphType
{
    public MeetingSortInputType()
    {
        Name = "MeetingSortInput";
        Field<SortEnumType>("startsAt");
    }
}

// ISO 8601 in UTC with milliseconds, as Hamahang writes its DateTime scalar.
internal sealed class DateTimeScalar : ScalarGraphType
{
    public DateTimeScalar() => Name = "DateTime";

    public override object? Serialize(object? value) =>
        value is DateTime time ? time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture) : null;

    public override object? ParseValue(object? value) => value is string text ? DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLStringValue text ? ParseValue((string)text.Value) : null;
}
