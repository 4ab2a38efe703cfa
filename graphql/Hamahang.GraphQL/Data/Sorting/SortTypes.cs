using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// Makes HotChocolate's sort input types: <c>XSortInput</c> with one <c>SortEnumType</c> field per scalar or
/// enum member and a nested <c>YSortInput</c> per object member, and <c>enum SortEnumType { ASC DESC }</c>.
/// </summary>
public static class SortTypes
{
    /// <summary>The sortable members of <paramref name="type"/>: scalars, enums and objects (not collections).</summary>
    /// <param name="type">The entity's CLR type.</param>
    public static IEnumerable<FilterMember> Members(Type type) =>
        FilterMembers.Of(type).Where(m => m.Kind != FilterMemberKind.List);

    /// <summary><c>SortEnumType</c>, created on first use.</summary>
    /// <param name="context">The field convention's context.</param>
    public static EnumType SortEnum(FieldConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetOrAddType("SortEnumType", () =>
        {
            var type = new EnumType("SortEnumType") { RuntimeType = typeof(SortDirection) };
            type.AddValue(new EnumValueDefinition("ASC", SortDirection.Ascending));
            type.AddValue(new EnumValueDefinition("DESC", SortDirection.Descending));
            return type;
        });
    }

    /// <summary>The sort input of <paramref name="entity"/>, created (with what it uses) on first use.</summary>
    /// <param name="context">The field convention's context.</param>
    /// <param name="entity">The entity's CLR type.</param>
    public static InputObjectType SortInput(FieldConventionContext context, Type entity)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entity);
        var name = context.GetNamedType(entity, input: false).Name + "SortInput";
        var created = false;
        var input = context.GetOrAddType(name, () =>
        {
            created = true;
            return new InputObjectType(name);
        });
        if (created)
        {
            var direction = SortEnum(context);
            foreach (var member in Members(entity))
            {
                GraphQLNamedType type = member.Kind == FilterMemberKind.Nested ? SortInput(context, member.Type) : direction;
                var field = new InputFieldDefinition(member.Name, type);
                DataCosts.Cost(field, 10); // HotChocolate's DefaultSortOperationCost
                input.AddField(field);
            }
        }

        return input;
    }
}
