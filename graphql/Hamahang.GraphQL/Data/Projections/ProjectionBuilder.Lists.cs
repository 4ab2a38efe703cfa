using System.Linq.Expressions;
using System.Reflection;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <content>Nested lists: filtered, sorted and projected inside the parent's projection.</content>
public sealed partial class ProjectionBuilder
{
    private static readonly MethodInfo[] EnumerableMethods = typeof(Enumerable).GetMethods();

    private ConditionalExpression? List(MemberExpression access, Type element, ObjectType type, SelectedField selection, IReadOnlyList<SelectedField> children)
    {
        var isArray = access.Type.IsArray;
        var listType = typeof(List<>).MakeGenericType(element);
        if (!isArray && !access.Type.IsAssignableFrom(listType))
        {
            return null;
        }

        Expression items = access;
        var data = DataField.Of(selection.Field);
        if (data is { Filtering: true } && selection.Arguments.GetValueOrDefault("where") is IReadOnlyDictionary<string, object?> where)
        {
            var parameter = Expression.Parameter(element, "e");
            if (filters.Predicate(parameter, element, where, data.WhereMembers) is { } predicate)
            {
                items = Call("Where", [element], items, Expression.Lambda(predicate, parameter));
            }
        }

        if (data is { Sorting: true } && selection.Arguments.GetValueOrDefault("order") is { } order)
        {
            var keys = (IReadOnlyList<SortKey>)typeof(SortExpressionBuilder).GetMethod(nameof(SortExpressionBuilder.Keys))!
                .MakeGenericMethod(element).Invoke(null, [order, null])!;
            for (var i = 0; i < keys.Count; i++)
            {
                var name = (i == 0 ? "OrderBy" : "ThenBy") + (keys[i].Direction == SortDirection.Descending ? "Descending" : string.Empty);
                items = Call(name, [element, keys[i].Type], items, keys[i].Selector);
            }
        }

        var item = Expression.Parameter(element, "e");
        var projected = Project(item, element, type, children);
        if (projected != item)
        {
            items = Call("Select", [element, element], items, Expression.Lambda(projected, item));
        }

        if (items == access)
        {
            return null;
        }

        var materialized = Call(isArray ? "ToArray" : "ToList", [element], items);
        return Expression.Condition(
            Expression.Equal(access, Expression.Constant(null, access.Type)),
            Expression.Constant(null, access.Type),
            Expression.Convert(materialized, access.Type));
    }

    private static MethodCallExpression Call(string name, Type[] typeArguments, params Expression[] arguments)
    {
        var method = Array.Find(EnumerableMethods, m => m.Name == name && m.GetParameters().Length == arguments.Length
            && m.GetGenericArguments().Length == typeArguments.Length
            && (arguments.Length < 2 || m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2))!;
        return Expression.Call(method.MakeGenericMethod(typeArguments), arguments);
    }
}
