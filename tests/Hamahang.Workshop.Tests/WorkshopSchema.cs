using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Attendees;
using Hamahang.Workshop.Tests.Sessions;
using Hamahang.Workshop.Tests.Speakers;
using Hamahang.Workshop.Tests.Tracks;

namespace Hamahang.Workshop.Tests;

/// <summary>
/// The workshop's <c>AddGraphQLServer().AddGlobalObjectIdentification().AddMutationConventions().AddFiltering()
/// .AddSorting().AddGraphQLTypes()</c>, with our engine (cost directives on, as HotChocolate 15 has them by default).
/// </summary>
public static class WorkshopSchema
{
    public static Schema Create() => SchemaBuilder.New()
        .AddType(typeof(NodeQueries))
        .AddType(typeof(AttendeeQueries))
        .AddType(typeof(SessionQueries))
        .AddType(typeof(SpeakerQueries))
        .AddType(typeof(TrackQueries))
        .AddType(typeof(AttendeeMutations))
        .AddType(typeof(SessionMutations))
        .AddType(typeof(SpeakerMutations))
        .AddType(typeof(TrackMutations))
        .AddType(typeof(AttendeeSubscriptions))
        .AddType(typeof(SessionSubscriptions))
        .AddType(typeof(AttendeeExtensions))
        .AddType(typeof(SessionExtensions))
        .AddType(typeof(SpeakerExtensions))
        .AddType(typeof(TrackExtensions))
        .AddMutationConventions()
        .AddCostDirectives()
        .Create();
}
