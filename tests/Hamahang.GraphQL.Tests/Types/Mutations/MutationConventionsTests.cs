using System.Text.Json;
using System.Text.Json.Nodes;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Introspection;
using Hamahang.GraphQL.Tests.Conformance;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Types.Mutations;

public class MutationConventionsTests
{
    private static readonly string[] ErrorClassTypes = ["AddFindingsPayload", "AddFindingsError", "QuotaExceededError", "ArchivedError"];

    private static readonly string[] InspectionTypes = ["Mutation", "FileFindingInput", "FileFindingPayload", "FileFindingError", "DomainError", "CloseInspectionPayload"];

    private static Schema CreateSchema() => SchemaBuilder.New()
        .AddType(typeof(MeetingQuery))
        .AddMutationType<MeetingMutations>()
        .AddType(typeof(MinutesMutations))
        .AddMutationConventions()
        .Create();

    private static async Task<JsonNode> Run(string query, MeetingStore? store = null, Dictionary<string, object?>? variables = null)
    {
        var executor = new RequestExecutor(CreateSchema());
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables }, new MeetingServices(store ?? new MeetingStore()));
        return JsonNode.Parse(result.ToJson())!;
    }

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
            SchemaPrinter.Print(CreateSchema()));
    }

    [Fact]
    public async Task GraphQLJsBuildsTheSameSchemaFromThePrintedSdl()
    {
        var schema = CreateSchema();
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
            store,
            new() { ["input"] = new Dictionary<string, object?> { ["id"] = 1, ["title"] = "Budget" } });

        Assert.Equal("""{"data":{"renameMeeting":{"meeting":{"id":1,"title":"Budget"},"errors":null}}}""", response.ToJsonString());
        Assert.Equal(["rename renameMeeting 1"], store.Calls);
    }

    [Fact]
    public async Task ADeclaredExceptionBecomesAnErrorInThePayloadWithItsFields()
    {
        var response = await Run("""
            mutation {
              renameMeeting(input: { id: 99, title: "Budget" }) {
                meeting { id }
                errors { __typename ... on Error { message } ... on NotFoundError { entity id } }
              }
            }
            """);

        Assert.Equal(
            """{"data":{"renameMeeting":{"meeting":null,"errors":[{"__typename":"NotFoundError","message":"Meeting 99 was not found.","entity":"Meeting","id":99}]}}}""",
            response.ToJsonString());
    }

    [Fact]
    public async Task AnAggregateOfDeclaredExceptionsBecomesOneErrorEach()
    {
        var response = await Run("""
            mutation {
              renameMeeting(input: { id: 1, title: "" }) {
                meeting { id }
                errors { __typename ... on ValidationError { message path } }
              }
            }
            """);

        Assert.Equal(
            """{"data":{"renameMeeting":{"meeting":null,"errors":[{"__typename":"ValidationError","message":"The title is empty.","path":["title"]},{"__typename":"ValidationError","message":"The title is too short.","path":["title"]}]}}}""",
            response.ToJsonString());
    }

    [Fact]
    public async Task AnUndeclaredExceptionStaysAFieldErrorWithACode()
    {
        var response = await Run("mutation { cancelMeetings(input: { ids: [0] }) { cancelled { id } } }");

        var error = response["errors"]![0]!;
        Assert.Equal("INTERNAL_SERVER_ERROR", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("""["cancelMeetings"]""", error["path"]!.ToJsonString());
        Assert.DoesNotContain("secret", response.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task AnErrorDeclaredOnTheClassAppliesToItsMutationsUnderItsGraphQLName()
    {
        var response = await Run("""
            mutation {
              ok: publishMinutes(input: { meetingId: 4, version: 3 }) { string errors { __typename } }
              stale: publishMinutes(input: { meetingId: 4, version: 2 }) { string errors { ... on ConcurrencyError { __typename message currentVersion } } }
            }
            """);

        Assert.Equal(
            """{"data":{"ok":{"string":"minutes of 4","errors":null},"stale":{"string":null,"errors":[{"__typename":"ConcurrencyError","message":"The meeting changed since it was read.","currentVersion":3}]}}}""",
            response.ToJsonString());
    }

    [Fact]
    public async Task ALoneInputClassNamedAfterTheMutationIsTheInputItself()
    {
        var store = new MeetingStore();

        var response = await Run("""mutation { scheduleMeeting(input: { title: "Drill" }) { meeting { id title } } }""", store);

        Assert.Equal("""{"data":{"scheduleMeeting":{"meeting":{"id":2,"title":"Drill (10)"}}}}""", response.ToJsonString());
        var input = (InputObjectType)CreateSchema().GetType("ScheduleMeetingInput")!;
        Assert.Equal(["title", "attendees"], input.Fields.Select(f => f.Name));
        Assert.Equal(typeof(ScheduleMeetingInput), input.RuntimeType);
    }

    [Fact]
    public async Task AMutationWithoutArgumentsTakesNoInput()
    {
        var response = await Run("mutation { ping { boolean } }");

        Assert.Equal("""{"data":{"ping":{"boolean":true}}}""", response.ToJsonString());
        Assert.Empty(CreateSchema().MutationType!.GetField("ping")!.Arguments);
    }

    [Fact]
    public async Task ListArgumentsAndOmittedNullableFieldsReachTheResolver()
    {
        var response = await Run("""mutation { cancelMeetings(input: { ids: [2, 3], reason: "storm" }) { cancelled { id title } } d: cancelMeetings(input: { ids: [5] }) { cancelled { title } } }""");

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
            """, store);

        Assert.Equal(["rename renameMeeting 2", "rename renameMeeting 1"], store.Calls);
    }

    [Fact]
    public async Task TheQueryRootIsUntouched()
    {
        var withConventions = CreateSchema();
        var without = SchemaBuilder.New().AddType(typeof(MeetingQuery)).Create();

        Assert.Equal(SchemaPrinter.PrintType(without.QueryType!), SchemaPrinter.PrintType(withConventions.QueryType!));
        var response = await Run("{ meeting(id: 1) { title } }");
        Assert.Equal("""{"data":{"meeting":{"title":"Flood drill"}}}""", response.ToJsonString());
    }

    [Fact]
    public void ErrorsWithoutTheConventionsAreRefused()
    {
        var builder = SchemaBuilder.New().AddType(typeof(MeetingQuery)).AddMutationType<MeetingMutations>();

        var exception = Assert.Throws<InvalidOperationException>(() => builder.Create());

        Assert.Contains("AddMutationConventions", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutApplyingToAllOnlyMarkedMutationsAreRewritten()
    {
        var schema = SchemaBuilder.New().AddType(typeof(MeetingQuery)).AddMutationType<MeetingMutations>().AddMutationConventions(applyToAllMutations: false).Create();

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
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "mutation { fileFinding(input: { inspectionId: 5 }) { int } echo(text: \"hi\") }" });
        Assert.Equal("""{"data":{"fileFinding":{"int":3},"echo":"hi"}}""", result.ToJson());
    }

    [Fact]
    public async Task ASubclassOfADeclaredExceptionIsReportedAsTheDeclaredErrorType()
    {
        var schema = SchemaBuilder.New().AddType(typeof(MeetingQuery)).AddType<InspectionMutations>().AddMutationConventions().Create();
        var executor = new RequestExecutor(schema);

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "mutation { fileFinding(input: { inspectionId: 0 }) { int errors { __typename ... on DomainError { message code } } } }" });

        Assert.Equal("""{"data":{"fileFinding":{"int":null,"errors":[{"__typename":"DomainError","message":"The inspection is locked.","code":"DOMAIN"}]}}}""", result.ToJson());
    }

    [Fact]
    public async Task APayloadOfTheAppsOwnGainsTheErrorsAndReadsNullWhenTheMutationFailed()
    {
        var schema = SchemaBuilder.New().AddType(typeof(MeetingQuery)).AddType<InspectionMutations>().AddMutationConventions().Create();
        var executor = new RequestExecutor(schema);

        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = """
                mutation {
                  ok: closeInspection(input: { inspectionId: 8 }) { inspectionId status errors { __typename } }
                  locked: closeInspection(input: { inspectionId: 0 }) { inspectionId status errors { ... on Error { message } } }
                }
                """,
        });

        Assert.Equal(
            """{"data":{"ok":{"inspectionId":8,"status":"CLOSED","errors":null},"locked":{"inspectionId":null,"status":null,"errors":[{"message":"The inspection is locked."}]}}}""",
            result.ToJson());
    }

    [Fact]
    public async Task ErrorClassesMapExceptionsWithTheirConstructorOrFactories()
    {
        var schema = SchemaBuilder.New().AddType(typeof(MeetingQuery)).AddType<ErrorClassMutations>().AddMutationConventions().Create();
        var executor = new RequestExecutor(schema);

        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = """
                mutation {
                  quota: addFindings(input: { count: 4 }) { int errors { __typename ... on Error { message } ... on QuotaExceededError { limit } } }
                  both: addFindings(input: { count: -1 }) { int errors { __typename ... on Error { message } } }
                }
                """,
        });

        Assert.Equal(
            """
            type AddFindingsPayload {
              int: Int
              errors: [AddFindingsError!]
            }

            union AddFindingsError = QuotaExceededError | ArchivedError

            type QuotaExceededError implements Error {
              message: String!
              limit: Int!
            }

            type ArchivedError implements Error {
              message: String!
            }
            """,
            string.Join("\n\n", ErrorClassTypes.Select(n => SchemaPrinter.PrintType(schema.GetType(n)!))));
        Assert.Equal(
            """{"data":{"quota":{"int":null,"errors":[{"__typename":"QuotaExceededError","message":"At most 3 findings at once.","limit":3}]},"both":{"int":null,"errors":[{"__typename":"ArchivedError","message":"THE INSPECTION IS ARCHIVED."},{"__typename":"QuotaExceededError","message":"At most 3 findings at once."}]}}}""",
            result.ToJson());
    }
}
