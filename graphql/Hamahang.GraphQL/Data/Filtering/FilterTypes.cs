using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// Makes HotChocolate's filter input types: <c>XFilterInput</c> (<c>and</c>, <c>or</c>, one field per
/// filterable member), the operation inputs (<c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>,
/// ..., <c>XOperationFilterInput</c> for an enum X) and <c>ListFilterInputTypeOfYFilterInput</c>.
/// </summary>
public static class FilterTypes
{
    private static readonly string[] ListOperations = ["all", "none", "some"];

    private const string SourceKey = "Hamahang.GraphQL.Data.FilterSource";

    /// <summary>The filter input <c>[UseFiltering]</c> infers for <paramref name="entity"/>, created (with what it uses) on first use.</summary>
    /// <param name="context">The field convention's context (the schema's type registry).</param>
    /// <param name="entity">The entity's CLR type.</param>
    public static InputObjectType FilterInput(FieldConventionContext context, Type entity) => FilterInput(context, entity, definition: null);

    /// <summary>
    /// The filter input <paramref name="definition"/> declares for <paramref name="entity"/> (none: the inferred one), created on
    /// first use. Two different inputs of one name fail the build, as two types of one name would.
    /// </summary>
    /// <param name="context">The field convention's context (the schema's type registry).</param>
    /// <param name="entity">The entity's CLR type.</param>
    /// <param name="definition">What a <see cref="FilterInputType{T}"/> declares, or null.</param>
    public static InputObjectType FilterInput(FieldConventionContext context, Type entity, FilterInputDefinition? definition)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entity);
        var name = definition?.Name ?? context.GetNamedType(entity, input: false).Name + "FilterInput";
        var source = definition?.Source ?? entity;
        var created = false;
        var input = context.GetOrAddType(name, () =>
        {
            created = true;
            return new InputObjectType(name);
        });
        if (!created)
        {
            var existing = input.Metadata.GetValueOrDefault(SourceKey) as Type;
            return existing == source ? input : throw new InvalidOperationException(
                $"Two filter inputs are named \"{name}\": {Describe(existing)} and {Describe(source)}. Name one with descriptor.Name(...).");
        }

        input.Metadata[SourceKey] = source;
        input.Description = definition?.Description;
        var self = new ListType(new NonNullType(input));
        input.AddField(new InputFieldDefinition("and", self));
        input.AddField(new InputFieldDefinition("or", self));
        foreach (var member in definition?.Members ?? FilterMembers.Of(entity))
        {
            input.AddField(new InputFieldDefinition(member.Name, MemberInput(context, member))
            {
                Description = member.Description ?? member.Normalized?.CreateNormalizer().Description,
            });
        }

        return input;
    }

    private static string Describe(Type? source) => source is null
        ? "a type made elsewhere"
        : typeof(IFilterInputType).IsAssignableFrom(source) ? $"the one {source.Name} declares" : $"the one inferred for {source.Name}";

    private static InputObjectType MemberInput(FieldConventionContext context, FilterMember member)
    {
        switch (member.Kind)
        {
            case FilterMemberKind.Enum:
                var enumType = context.GetNamedType(member.Type, input: true);
                return Operations(context, enumType.Name + "OperationFilterInput", enumType, FilterOperation.Equality, withLogic: false);
            case FilterMemberKind.Nested:
                return FilterInput(context, member.Type);
            case FilterMemberKind.List:
                return ListInput(context, FilterInput(context, member.Type));
            default:
                var (name, scalar, operations) = FilterMembers.ScalarFilter(member.Type, member.IsId)!.Value;
                return Operations(context, name, scalar, operations, withLogic: scalar == BuiltInScalars.String);
        }
    }

    private static InputObjectType Operations(
        FieldConventionContext context, string name, GraphQLNamedType valueType, IReadOnlyList<FilterOperation> operations, bool withLogic) =>
        context.GetOrAddType(name, () =>
        {
            var input = new InputObjectType(name);
            if (withLogic)
            {
                var self = new ListType(new NonNullType(input));
                input.AddField(new InputFieldDefinition("and", self));
                input.AddField(new InputFieldDefinition("or", self));
            }

            foreach (var operation in operations)
            {
                var field = new InputFieldDefinition(operation.Name, operation.IsList ? new ListType(valueType) : valueType);
                DataCosts.Cost(field, operation.Cost);
                input.AddField(field);
            }

            return input;
        });

    private static InputObjectType ListInput(FieldConventionContext context, InputObjectType element)
    {
        var name = "ListFilterInputTypeOf" + element.Name;
        return context.GetOrAddType(name, () =>
        {
            var input = new InputObjectType(name);
            foreach (var operation in ListOperations)
            {
                var field = new InputFieldDefinition(operation, element);
                DataCosts.Cost(field, 10);
                input.AddField(field);
            }

            var any = new InputFieldDefinition("any", BuiltInScalars.Boolean);
            DataCosts.Cost(any, 10);
            input.AddField(any);
            return input;
        });
    }
}
