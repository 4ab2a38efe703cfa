using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class UniqueOperationNamesRuleTests : ValidationHarness<UniqueOperationNamesRule>
{
    [Fact]
    public void OperationsWithDifferentNamesAreValid() => ExpectValid("query A { dog { name } } query B { cat { name } }");

    [Fact]
    public void TwoOperationsWithTheSameNameAreInvalid() =>
        ExpectError("query A { dog { name } } query A { cat { name } }", "There can be only one operation named \"A\".", (1, 7), (1, 32));

    [Fact]
    public void AQueryAndAMutationMayNotShareAName() =>
        ExpectErrors("query A { dog { name } } mutation A { addDog { name } }", "There can be only one operation named \"A\".");
}
