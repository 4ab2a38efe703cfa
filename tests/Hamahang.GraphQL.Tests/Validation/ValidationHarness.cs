using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;
using Hamahang.GraphQL.Validation;

namespace Hamahang.GraphQL.Tests.Validation;

/// <summary>
/// The shared harness of the rule tests (graphql-js's harness): a pets schema, and assertions that
/// validate a document with one rule only, so a test reads like the specification's examples.
/// </summary>
public abstract class ValidationHarness<TRule>
    where TRule : IValidationRule, new()
{
    /// <summary>The test schema (<see cref="ValidationTestSchema.Pets"/>).</summary>
    protected Schema TestSchema => ValidationTestSchema.Pets;

    /// <summary>Validates a document with <typeparamref name="TRule"/> alone.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">The options, or the defaults.</param>
    protected IReadOnlyList<GraphQLError> Validate(string document, ValidationOptions? options = null) =>
        DocumentValidator.Validate(TestSchema, Parser.Parse(document), [new TRule()], options);

    /// <summary>Asserts that the rule reports exactly these messages, in this order.</summary>
    /// <param name="document">The document.</param>
    /// <param name="messages">The messages expected.</param>
    protected void ExpectErrors(string document, params string[] messages) =>
        Assert.Equal(messages, Validate(document).Select(e => e.Message));

    /// <summary>Asserts that the rule reports one error with this message at these locations (line, column).</summary>
    /// <param name="document">The document.</param>
    /// <param name="message">The message expected.</param>
    /// <param name="locations">The locations expected, in order.</param>
    protected void ExpectError(string document, string message, params (int Line, int Column)[] locations)
    {
        var error = Assert.Single(Validate(document));
        Assert.Equal(message, error.Message);
        Assert.Equal(locations, (error.Locations ?? []).Select(l => (l.Line, l.Column)));
    }

    /// <summary>Asserts that the rule reports nothing.</summary>
    /// <param name="document">The document.</param>
    protected void ExpectValid(string document) => Assert.Empty(Validate(document));
}

/// <summary>The schema the rule tests validate against.</summary>
public static class ValidationTestSchema
{
    /// <summary>Pets, humans, arguments of every kind, and the three root types.</summary>
    public static Schema Pets { get; } = BuildSchema.FromSdl("""
        interface Being { name(surname: Boolean): String }
        interface Pet implements Being { name(surname: Boolean): String }
        enum DogCommand { SIT HEEL DOWN }
        type Dog implements Pet & Being {
          name(surname: Boolean): String
          nickname: String
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          owner: Human
        }
        type Cat implements Pet & Being { name(surname: Boolean): String meows: Boolean }
        union CatOrDog = Cat | Dog
        type Human implements Being { name(surname: Boolean): String pets: [Pet] relatives: [Human] iq: Int }
        input ComplexInput { requiredField: Boolean! intField: Int stringField: String }
        input OneOfInput @oneOf { a: String b: Int }
        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          booleanArgField(booleanArg: Boolean): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          stringListArgField(stringListArg: [String]): String
          multipleReqs(req1: Int!, req2: Int!): String
        }
        type Query { dog: Dog cat: Cat pet: Pet catOrDog: CatOrDog human(id: ID): Human complicatedArgs: ComplicatedArgs }
        type Mutation { addDog(name: String): Dog }
        type Subscription { newDog: Dog newCat: Cat }
        directive @onField on FIELD
        directive @onQuery on QUERY
        directive @defer(if: Boolean! = true, label: String) on FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @stream(if: Boolean! = true, label: String, initialCount: Int = 0) on FIELD
        """);
}
