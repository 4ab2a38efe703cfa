using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Types.Mutations;

/// <summary>An attribute of the app's own that names several error types serves as one <c>[Error]</c> each.</summary>
public sealed class ErrorTypeProviderTests
{
    [Fact]
    public void EveryTypeTheAttributeNamesJoinsTheUnionInItsOrder()
    {
        var schema = SchemaBuilder.New().AddType(typeof(MeetingQuery)).AddType(typeof(SharedErrorMutations)).AddMutationConventions().Create();

        Assert.Contains("union CloseMeetingError = ConcurrencyError | NotFoundError", SchemaPrinter.Print(schema), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExceptionTheAttributeNamesBecomesAnErrorInThePayload()
    {
        var schema = SchemaBuilder.New().AddType(typeof(MeetingQuery)).AddType(typeof(SharedErrorMutations)).AddMutationConventions().Create();

        var result = await new RequestExecutor(schema).ExecuteAsync(
            new GraphQLRequest { Query = "mutation { closeMeeting(input: { id: 9 }) { string errors { __typename } } }" });

        Assert.Equal("""{"data":{"closeMeeting":{"string":null,"errors":[{"__typename":"NotFoundError"}]}}}""", result.ToJson());
    }

    [AttributeUsage(AttributeTargets.Class)]
    private sealed class CommonErrorsAttribute : Attribute, IErrorTypeProvider
    {
        public IEnumerable<Type> ErrorTypes => [typeof(StaleVersionException), typeof(NotFoundException)];
    }

    [MutationType]
    [CommonErrors]
    private static class SharedErrorMutations
    {
        public static string CloseMeeting(int id) => throw new NotFoundException("Meeting", id);
    }
}
