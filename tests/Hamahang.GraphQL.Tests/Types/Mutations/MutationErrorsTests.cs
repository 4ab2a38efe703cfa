using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;
using static Hamahang.GraphQL.Tests.Types.Mutations.MutationTestSchema;

namespace Hamahang.GraphQL.Tests.Types.Mutations;

public class MutationErrorsTests
{
    private static readonly string[] ErrorClassTypes = ["AddFindingsPayload", "AddFindingsError", "QuotaExceededError", "ArchivedError"];

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
            """{"data":{"renameMeeting":{"meeting":null,"errors":[""" +
            """{"__typename":"NotFoundError","message":"Meeting 99 was not found.","entity":"Meeting","id":99}]}}}""",
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
            """{"data":{"renameMeeting":{"meeting":null,"errors":[{"__typename":"ValidationError","message":"The title is empty.","path":["title"]},""" +
            """{"__typename":"ValidationError","message":"The title is too short.","path":["title"]}]}}}""",
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
            """{"data":{"ok":{"string":"minutes of 4","errors":null},"stale":{"string":null,"errors":[""" +
            """{"__typename":"ConcurrencyError","message":"The meeting changed since it was read.","currentVersion":3}]}}}""",
            response.ToJsonString());
    }

    [Fact]
    public void ErrorsWithoutTheConventionsAreRefused()
    {
        var builder = SchemaBuilder.New().AddType(typeof(MeetingQuery)).AddMutationType<MeetingMutations>();

        var exception = Assert.Throws<InvalidOperationException>(() => builder.Create());

        Assert.Contains("AddMutationConventions", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASubclassOfADeclaredExceptionIsReportedAsTheDeclaredErrorType()
    {
        var schema = SchemaBuilder.New().AddType(typeof(MeetingQuery)).AddType<InspectionMutations>().AddMutationConventions().Create();
        var executor = new RequestExecutor(schema);

        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "mutation { fileFinding(input: { inspectionId: 0 }) { int errors { __typename ... on DomainError { message code } } } }",
        });

        Assert.Equal(
            """{"data":{"fileFinding":{"int":null,"errors":[{"__typename":"DomainError","message":"The inspection is locked.","code":"DOMAIN"}]}}}""",
            result.ToJson());
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
            """{"data":{"ok":{"inspectionId":8,"status":"CLOSED","errors":null},"locked":{"inspectionId":null,"status":null,"errors":[""" +
            """{"message":"The inspection is locked."}]}}}""",
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
            """{"data":{"quota":{"int":null,"errors":[{"__typename":"QuotaExceededError","message":"At most 3 findings at once.","limit":3}]},"both":""" +
            """{"int":null,"errors":[{"__typename":"ArchivedError","message":"THE INSPECTION IS ARCHIVED."},""" +
            """{"__typename":"QuotaExceededError","message":"At most 3 findings at once."}]}}}""",
            result.ToJson());
    }
}
