using Hamahang.GraphQL.Execution;

namespace Hamahang.Api.GraphQL;

/// <summary>An argument outside what the domain allows (a district number past 22, ...): an error with a code, never a 500.</summary>
public static class ArgumentErrors
{
    public const string Code = "INVALID_ARGUMENT";

    public static GraphQLException Invalid(string message) => new(message, Code);
}
