using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class ValuesOfCorrectTypeRuleTests : ValidationHarness<ValuesOfCorrectTypeRule>
{
    [Fact]
    public void ValuesOfTheRightTypeAreValid() =>
        ExpectValid("{ complicatedArgs { intArgField(intArg: 3) complexArgField(complexArg: { requiredField: true }) oneOfArgField(oneOfArg: { a: \"x\" }) " +
            "stringListArgField(stringListArg: \"one\") } }");

    [Fact]
    public void AStringForAnIntIsInvalid() =>
        ExpectError("{ complicatedArgs { intArgField(intArg: \"3\") } }", "Int cannot represent non-integer value: \"3\"", (1, 41));

    [Fact]
    public void InputObjectsNeedRequiredFieldsAndNoUnknownOnes() =>
        ExpectErrors(
            "{ complicatedArgs { complexArgField(complexArg: { intField: 1, strField: \"s\" }) } }",
            "Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 1, strField: \"s\" }.",
            "Expected value of type \"ComplexInput\" not to include unknown field \"strField\". Did you mean \"intField\" or \"stringField\"? " +
                "Found: { intField: 1, strField: \"s\" }.");

    [Fact]
    public void AOneOfInputTakesExactlyOneField() =>
        ExpectErrors(
            "{ complicatedArgs { oneOfArgField(oneOfArg: { a: \"x\", b: 1 }) } }",
            "Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null.");

    [Fact]
    public void AnUnknownEnumValueGetsASuggestion() =>
        ExpectErrors(
            "{ dog { doesKnowCommand(dogCommand: SITT) } }",
            "Value \"SITT\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?");
}
