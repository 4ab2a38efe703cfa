using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.Data;

namespace Hamahang.Bench.Http;

/// <summary>The schema subset of bench/http in GraphQL.NET 8.8.5, code first, over <see cref="PeerQueries"/> and <see cref="PeerWrites"/>.</summary>
internal sealed class PeerSchema : Schema
{
    public PeerSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        RegisterType(typeof(DistrictType));
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
            .ResolveAsync(async c => (object?)await PeerQueries.DistrictsAsync(Db(c), Page(c), c.CancellationToken));
        Field<MeetingsConnectionType>("meetings")
            .Argument<IntGraphType>("first")
            .Argument<MeetingFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<MeetingSortInputType>>>("order")
            .ResolveAsync(async c =>
            {
                var where = c.GetArgument<Dictionary<string, object?>?>("where");
                var order = c.GetArgument<List<object?>?>("order");
                var held = where?.GetValueOrDefault("status") is Dictionary<string,
                    object?> status && Equals(status.GetValueOrDefault("eq"), MeetingStatus.Held)
                    && order is [Dictionary<string, object?> sort] && Equals(sort.GetValueOrDefault("startsAt"), "DESC");
                return (object?)await PeerQueries.MeetingsAsync(Db(c), Page(c), held, SelectsLists(c.FieldAst), c.CancellationToken);
            });
        Field<NodeInterface>("node")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var (type, key) = NodeId.Decode(c.GetArgument<string>("id"));
                return type == "Meeting" ? await PeerQueries.MeetingAsync(Db(c), int.Parse(key, System.Globalization.CultureInfo.InvariantCulture),
                    c.CancellationToken) : null;
            });
    }

    private static AppDbContext Db(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<AppDbContext>();

    private static int Page(IResolveFieldContext context) => Math.Min(context.GetArgument<int?>("first") ?? 10, 50);

    // Whether meetings { nodes { districts | attendees } } is asked for, so a page without them loads no lists.
    private static bool SelectsLists(GraphQLField meetings) =>
        meetings.SelectionSet?.Selections.OfType<GraphQLField>().Where(f => f.Name.StringValue == "nodes")
            .SelectMany(f => f.SelectionSet?.Selections.OfType<GraphQLField>() ?? [])
            .Any(f => f.Name.StringValue is "districts" or "attendees") ?? false;
}

internal sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

internal sealed class DistrictType : ObjectGraphType<DistrictRow>
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

internal sealed class MeetingType : ObjectGraphType<MeetingRow>
{
    public MeetingType()
    {
        Name = "Meeting";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => NodeId.Encode("Meeting", c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<DateTimeScalar>("startsAt").Resolve(c => c.Source.StartsAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DistrictType>>>>("districts").Resolve(c => c.Source.Districts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttendeeType>>>>("attendees").Resolve(c => c.Source.Attendees);
    }
}

internal sealed class AttendeeType : ObjectGraphType<AttendeeRow>
{
    public AttendeeType()
    {
        Name = "MeetingAttendee";
        Field<PersonType>("person").Resolve(c => c.Source.Person);
    }
}

internal sealed class PersonType : ObjectGraphType<PersonRow>
{
    public PersonType()
    {
        Name = "Person";
        Field<NonNullGraphType<StringGraphType>>("fullName").Resolve(c => c.Source.FullName);
    }
}

internal sealed class DistrictsConnectionType : ObjectGraphType<List<DistrictRow>>
{
    public DistrictsConnectionType()
    {
        Name = "DistrictsConnection";
        Field<ListGraphType<NonNullGraphType<DistrictType>>>("nodes").Resolve(c => c.Source);
    }
}

internal sealed class MeetingsConnectionType : ObjectGraphType<List<MeetingRow>>
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

    public override object? Serialize(object? value) => value is DateTime time ? PeerQueries.StartsAt(time) : null;

    public override object? ParseValue(object? value) => value is string text ? DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLStringValue text ? ParseValue((string)text.Value) : null;
}
