namespace Hamahang.GraphQL.Types;

/// <content>Default values: valid for their type, and not circular through input object defaults.</content>
public static partial class SchemaValidator
{
    private static void ValidateDefaultValue(Context context, InputValueDefinition inputValue)
    {
        _ = context;
        _ = inputValue;
    }

    private sealed class DefaultValueCycleDetector(Context context)
    {
        public Context Context { get; } = context;

        public void Check(InputObjectType input) => _ = (Context, input);
    }
}
