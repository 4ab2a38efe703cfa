using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>The shape every mutation keeps: authorized by role, one input, a payload with the result and the errors union.</summary>
public sealed class MutationSchemaTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private Schema Schema => factory.Services.GetRequiredService<IRequestExecutor>().Schema;

    [Fact]
    public void EveryMutationIsAuthorizedByRole()
    {
        var mutations = Schema.MutationType!.Fields;
        Assert.True(mutations.Count >= 27, $"{mutations.Count} mutations");
        Assert.Empty(mutations.Where(f => !f.Metadata.ContainsKey(AuthorizeAttribute.MetadataKey)).Select(f => f.Name));
    }

    // The mutations whose commands refuse a caller the field admits, by a rule of the records (schema/README.md, "Authorization").
    private static readonly string[] RefusingByRecord =
        ["scheduleInspection", "startInspection", "completeInspection", "fileFinding", "changeFindingStatus", "dismissFinding", "addDecisionNote"];

    [Fact]
    public void EveryMutationTakesOneInputAndReportsTheSharedErrorsInItsPayload()
    {
        foreach (var mutation in Schema.MutationType!.Fields)
        {
            var name = char.ToUpperInvariant(mutation.Name[0]) + mutation.Name[1..];
            var argument = Assert.Single(mutation.Arguments);
            Assert.Equal(("input", $"{name}Input!"), (argument.Name, argument.Type.ToString()));
            var payload = Assert.IsType<ObjectType>(mutation.Type.NamedType);
            Assert.Equal($"{name}Payload", payload.Name);
            var errors = Assert.IsType<UnionType>(payload.GetField("errors")!.Type.NamedType);
            string[] shared = ["ConcurrencyError", "ConflictError", "DomainRuleError", "NotFoundError", "ValidationError"];
            var expected = RefusingByRecord.Contains(mutation.Name) ? [.. shared, "NotAuthorizedError"] : shared;
            Assert.Equal(expected.Order(), errors.Types.Select(t => t.Name).Order());
        }
    }

    [Fact]
    public void TheSubscriptionsAreFindingFiledByDistrictAndMinutesPublished()
    {
        Assert.Equal(["findingFiled(district: Int!): Finding!", "minutesPublished: Minutes!"],
            Schema.SubscriptionType!.Fields.Select(f =>
                $"{f.Name}{(f.Arguments.Count > 0 ? $"({string.Join(", ", f.Arguments.Select(a => $"{a.Name}: {a.Type}"))})" : "")}: {f.Type}"));
    }
}
