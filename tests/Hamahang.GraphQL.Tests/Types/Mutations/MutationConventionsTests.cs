using System.Text.Json;
using System.Text.Json.Nodes;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Introspection;
using Hamahang.GraphQL.Tests.Conformance;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;
using static Hamahang.GraphQL.Tests.Types.Mutations.MutationTestSchema;

namespace Hamahang.GraphQL.Tests.Types.Mutations;

public class MutationConventionsTests
{
    private static readonly string[] InspectionTypes =
        ["Mutation", "FileFindingInput", "FileFindingPayload", "FileFindingError", "DomainError", "CloseInspectionPayload"];

    [Fact]
    public void TheSchemaIsTheOneHotChocolatesConventionsMake()
    {
        // Written by hand from HotChocolate's documented output (defining-a-schema/mutations): one input
        // argument, a payload with the result named after its type and the errors, an error union per
        // mutation, `interface Error`, one object per exception. Types in our printer's order.
        Assert.Equal(
            """
            type Query {
              meeting(id: Int!): Meeting
            }

            type Mutation {
              renameMeeting(input: RenameMeetingInput!): RenameMeetingPayload!
              scheduleMeeting(input: ScheduleMeetingInput!): ScheduleMeetingPayload!
              cancelMeetings(input: CancelMeetingsInput!): CancelMeetingsPayload!
              ping: PingPayload!
              publishMinutes(input: PublishMinutesInput!): PublishMinutesPayload!
            }

            type Meeting {
              id: Int!
              title: String!
            }

            input ScheduleMeetingInput {
              title: String!
              attendees: Int! = 10
            }

            input RenameMeetingInput {
              id: Int!
              title: String!
            }

            type RenameMeetingPayload {
              meeting: Meeting
              errors: [RenameMeetingError!]
            }

            union RenameMeetingError = NotFoundError | ValidationError

            type NotFoundError implements Error {
              message: String!
              entity: String!
              id: Int!
            }

            interface Error {
              message: String!
            }

            type ValidationError implements Error {
              message: String!
              path: [String!]!
            }

            type ScheduleMeetingPayload {
              meeting: Meeting
            }

            input CancelMeetingsInput {
              ids: [Int!]!
              reason: String
            }

            type CancelMeetingsPayload {
              cancelled: [Meeting!]
            }

            type PingPayload {
              boolean: Boolean
            }

            input PublishMinutesInput {
              meetingId: Int!
              version: Int!
            }

            type PublishMinutesPayload {
              string: String
              errors: [PublishMinutesError!]
            }

            union PublishMinutesError = ConcurrencyError

            type ConcurrencyError implements Error {
              message: String!
              currentVersion: Int!
            }
            """,
            SchemaPrinter.Print(Create()));
    }

    [Fact]
    public async Task GraphQLJsBuildsTheSameSchemaFromThePrintedSdl()
    {
        var schema = Create();
        var reference = JsonNode.Parse(NodeScript.Run("schema.mjs", SchemaPrinter.Print(schema), null, "--introspect-sdl"));
        var ours = JsonNode.Parse(JsonSerializer.Serialize(await IntrospectionResult.FromSchema(schema)));

        Assert.NotNull(reference?["__schema"]);
        Assert.True(JsonNode.DeepEquals(reference, ours), "graphql-js's introspection of our printed SDL differs from ours.");
    }

    [Fact]
    public async Task ASuccessfulMutationReturnsItsResultInThePayloadAndNoErrors()
    {
        var store = new MeetingStore();

        var response = await Run(
            "mutation($input: RenameMeetingInput!) { renameMeeting(input: $input) { meeting { id title } errors { __typename } } }",
            store: store,
            variables: new() { ["input"] = new Dictionary<string, object?> { ["id"] = 1, ["title"] = "Budget" } });

        Assert.Equal("""{"data":{"renameMeeting":{"meeting":{"id":1,"title":"Budget"},"errors":null}}}""", response.ToJsonString());
        Assert.Equal(["rename renameMeeting 1"], store.Calls);
    }

    [Fact]
    public async Task ALoneInputClassNamedAfterTheMutationIsTheInputItself()
    {
        var store = new MeetingStore();

        var response = await Run("""mutation { scheduleMeeting(input: { title: "Drill" }) { meeting { id title } } }""", store: store);

        Assert.Equal("""{"data":{"scheduleMeeting":{"meeting":{"id":2,"title":"Drill (10)"}}}}""", response.ToJsonString());
        var input = (InputObjectType)Create().GetType("ScheduleMeetingInput")!;
        Assert.Equal(["title", "attendees"], input.Fields.Select(f => f.Name));
        Assert.Equal(typeof(ScheduleMeetingInput), input.RuntimeType);
    }

    [Fact]
    public async Task AMutationWithoutArgumentsTakesNoInput()
    {
        var response = await Run("mutation { ping { boolean } }");

        Assert.Equal("""{"data":{"ping":{"boolean":true}}}""", response.ToJsonString());
        Assert.Empty(Create().MutationType!.GetField("ping")!.Arguments);
    }

    [Fact]
    public async Task ListArgumentsAndOmittedNullableFieldsReachTheResolver()
    {
        var response = await Run(
            """mutation { cancelMeetings(input: { ids: [2, 3], reason: "storm" }) { cancelled { id title } } """ +
            """d: cancelMeetings(input: { ids: [5] }) { cancelled { title } } }""");

        Assert.Equal(
            """{"data":{"cancelMeetings":{"cancelled":[{"id":2,"title":"storm"},{"id":3,"title":"storm"}]},"d":{"cancelled":[{"title":"cancelled"}]}}}""",
            response.ToJsonString());
    }

    [Fact]
    public async Task MutationsStillRunOneAfterAnother()
    {
        var store = new MeetingStore();
        store.Meetings.Add(new Meeting { Id = 2, Title = "Second" });

        await Run("""
            mutation {
              b: renameMeeting(input: { id: 2, title: "B" }) { meeting { id } }
              a: renameMeeting(input: { id: 1, title: "A" }) { meeting { id } }
            }
            """, store: store);

        Assert.Equal(["rename renameMeeting 2", "rename renameMeeting 1"], store.Calls);
    }

    [Fact]
    public async Task TheQueryRootIsUntouched()
    {
        var withConventions = Create();
        var without = SchemaBuilder.New().AddType(typeof(MeetingQuery)).Create();

        Assert.Equal(SchemaPrinter.PrintType(without.QueryType!), SchemaPrinter.PrintType(withConventions.QueryType!));
        var response = await Run("{ meeting(id: 1) { title } }");
        Assert.Equal("""{"data":{"meeting":{"title":"Flood drill"}}}""", response.ToJsonString());
    }

    [Fact]
    public void WithoutApplyingToAllOnlyMarkedMutationsAreRewritten()
    {
        var schema = SchemaBuilder.New()
            .AddType(typeof(MeetingQuery))
            .AddMutationType<MeetingMutations>()
            .AddMutationConventions(applyToAllMutations: false)
            .Create();

        var mutation = schema.MutationType!;
        Assert.Equal("RenameMeetingPayload!", mutation.GetField("renameMeeting")!.Type.ToString());
        Assert.Equal("CancelMeetingsPayload!", mutation.GetField("cancelMeetings")!.Type.ToString());
        Assert.Equal("Boolean!", mutation.GetField("ping")!.Type.ToString());
        Assert.Equal("input", Assert.Single(mutation.GetField("scheduleMeeting")!.Arguments).Name);
        Assert.Equal("Meeting!", mutation.GetField("scheduleMeeting")!.Type.ToString());
    }

    [Fact]
    public async Task MutationsOfATypeExtensionFollowTheConventionsWithTheirDocumentationAndDefaults()
    {
        var schema = SchemaBuilder.New().AddType(typeof(MeetingQuery)).AddType<InspectionMutations>().AddMutationConventions().Create();

        Assert.Equal(
            """"
            type Mutation {
              """Files a finding."""
              fileFinding(input: FileFindingInput!): FileFindingPayload!
              closeInspection(input: CloseInspectionInput!): CloseInspectionPayload!
              echo(text: String!): String!
            }

            input FileFindingInput {
              """The inspection the finding belongs to."""
              inspectionId: Int!

              """How severe, 1 to 5."""
              severity: Int! = 3
            }

            type FileFindingPayload {
              int: Int
              errors: [FileFindingError!]
            }

            union FileFindingError = DomainError

            type DomainError implements Error {
              message: String!
              code: String!
            }

            type CloseInspectionPayload {
              inspectionId: Int
              status: String
              errors: [CloseInspectionError!]
            }
            """",
            string.Join("\n\n", InspectionTypes.Select(n => SchemaPrinter.PrintType(schema.GetType(n)!))));
        var executor = new RequestExecutor(schema);
        var result = await executor.ExecuteAsync(
            new GraphQLRequest { Query = "mutation { fileFinding(input: { inspectionId: 5 }) { int } echo(text: \"hi\") }" });
        Assert.Equal("""{"data":{"fileFinding":{"int":3},"echo":"hi"}}""", result.ToJson());
    }
}
