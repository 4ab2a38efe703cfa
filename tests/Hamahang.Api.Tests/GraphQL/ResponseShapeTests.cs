using Hamahang.Api.Commands;
using Hamahang.Api.Domain;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>
/// What clients parse, held by Snapshooter snapshots (<c>__snapshots__/</c>): a mutation's payload when it
/// succeeds and with each error it reports, and the request errors (extensions.code) of the transport.
/// Ids the database hands out are left out of the comparison; everything else must stay as it is.
/// </summary>
public sealed class ResponseShapeTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Create = """
        mutation($input: CreateOrganizationInput!) {
          createOrganization(input: $input) {
            organization { id version name nameEn kind level }
            errors { __typename ... on Error { message } ... on ValidationError { field code min max otherField } }
          }
        }
        """;

    private const string Update = """
        mutation($input: UpdateOrganizationInput!) {
          updateOrganization(input: $input) {
            organization { id version name kind level }
            errors {
              __typename
              ... on Error { message }
              ... on ValidationError { field }
              ... on ConcurrencyError { type id version }
              ... on NotFoundError { type id }
            }
          }
        }
        """;

    [Fact]
    public async Task AMutationThatSucceeds()
    {
        var response = await Post(Create, ApiKeyRole.Admin,
            new { input = new { name = "سازمان نمونه", nameEn = "Sample organization", kind = "DEPARTMENT", level = "CITY" } });
        Snapshot.Match(response, o => o.IgnoreField("data.createOrganization.organization.id"));
    }

    [Fact]
    public async Task AMutationWithAValidationError()
    {
        var response = await Post(Create, ApiKeyRole.Admin, new { input = new { name = " ", kind = "DEPARTMENT", level = "CITY" } });
        Snapshot.Match(response);
    }

    [Fact]
    public async Task AMutationOnARecordThatIsNotThere()
    {
        var response = await Post(Update, ApiKeyRole.Admin,
            new { input = new { id = Ids.Of(nameof(Organization), 999_999), version = 1, name = "x", kind = "DEPARTMENT", level = "CITY" } });
        Snapshot.Match(response);
    }

    [Fact]
    public async Task AMutationOnAStaleVersion()
    {
        // The seed's first organization is at version 1.
        var response = await Post(Update, ApiKeyRole.Admin,
            new { input = new { id = Ids.Of(nameof(Organization), 1), version = 99, name = "تازه", kind = "CENTER", level = "CITY" } });
        Snapshot.Match(response);
    }

    [Fact]
    public async Task AMutationTheRoleMayNotSend()
    {
        var response = await Post(Create, ApiKeyRole.Integrator, new { input = new { name = "سازمان", kind = "CENTER", level = "CITY" } });
        Snapshot.Match(response);
    }

    [Fact]
    public async Task ARequestWithoutAKey()
    {
        Snapshot.Match(await Post("{ districts { nodes { number } } }", role: null));
    }

    [Fact]
    public async Task ADocumentThatDoesNotValidate()
    {
        Snapshot.Match(await Post("{ districts { nodes { number nope } } }", ApiKeyRole.Admin));
    }

    [Fact]
    public async Task AVariableOfTheWrongType()
    {
        Snapshot.Match(await Post(Create, ApiKeyRole.Admin, new { input = new { name = 5, kind = "NOT_A_KIND", level = "CITY" } }));
    }

    private async Task<JObject> Post(string query, ApiKeyRole? role, object? variables = null)
    {
        var key = role is { } r ? await factory.CreateKeyAsync(r) : null;
        var response = await factory.PostAsync(query, key, variables);
        var body = JObject.Parse(response.Body.GetRawText());
        body.AddFirst(new JProperty("status", (int)response.Status));
        return body;
    }
}
