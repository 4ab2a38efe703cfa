using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// Turns a <c>where</c> argument (the coerced <c>XFilterInput</c> value: dictionaries of field name to value)
/// into a predicate over the entity: fields of one object are AND-ed, <c>and</c>/<c>or</c> lists combine
/// nested filters, object members are tested under a null check, collection members with
/// <c>Any</c>/<c>All</c>, each over the rows <paramref name="rows"/> lets the request read. Values enter as parameters
/// (<see cref="ValueParameter"/>), never as literals.
/// </summary>
/// <param name="executor">Reads shadow members (<see cref="IQueryExecutor.Member"/>).</param>
/// <param name="schema">Names the object type of an entity, whose global ids an <c>id</c> filter takes (none: ids are raw keys).</param>
/// <param name="rows">The rows a filter may cross into (none: every row).</param>
public sealed partial class FilterExpressionBuilder(IQueryExecutor executor, Schema? schema = null, IRowFilter? rows = null)
{
    private static readonly MethodInfo WhereMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Where) && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);
    private static readonly MethodInfo AnyMethod = GetEnumerable(nameof(Enumerable.Any), 1);
    private static readonly MethodInfo AnyPredicateMethod = GetEnumerable(nameof(Enumerable.Any), 2);
    private static readonly MethodInfo AllMethod = GetEnumerable(nameof(Enumerable.All), 2);

    /// <summary>The predicate <paramref name="where"/> describes over <typeparamref name="T"/>, or null when it filters nothing.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="where">The coerced filter input value.</param>
    /// <param name="members">The members its top level filters on (<see cref="DataField.WhereMembers"/>; null: the inferred ones).</param>
    public Expression<Func<T, bool>>? Build<T>(IReadOnlyDictionary<string, object?>? where, IReadOnlyList<FilterMember>? members = null)
    {
        if (where is null)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(T), "x");
        var body = Predicate(parameter, typeof(T), where, members);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    /// <summary>
    /// The predicate over <paramref name="instance"/> (of <paramref name="type"/>) that <paramref name="filter"/> describes,
    /// or null when empty.
    /// </summary>
    /// <param name="instance">The filtered value.</param>
    /// <param name="type">Its CLR type.</param>
    /// <param name="filter">The filter input value.</param>
    /// <param name="members">The members its top level filters on (null: those inferred for <paramref name="type"/>).</param>
    public Expression? Predicate(Expression instance, Type type, IReadOnlyDictionary<string, object?> filter, IReadOnlyList<FilterMember>? members = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Expression? result = null;
        foreach (var (name, value) in filter)
        {
            Expression? part = name switch
            {
                "and" => Combine(instance, type, members, name, value, Expression.AndAlso),
                "or" => Combine(instance, type, members, name, value, Expression.OrElse),
                _ => Member(instance, FindMember(type, members, name), value),
            };
            result = And(result, part);
        }

        return result;
    }

    private Expression? Combine(
        Expression instance, Type type, IReadOnlyList<FilterMember>? members, string name, object? value, Func<Expression, Expression, BinaryExpression> join)
    {
        Expression? result = null;
        foreach (var item in NotNull<IEnumerable>(value, name))
        {
            var part = Predicate(instance, type, NotNull<IReadOnlyDictionary<string, object?>>(item, name), members) ?? Expression.Constant(true);
            result = result is null ? part : join(result, part);
        }

        return result;
    }

    private Expression? Member(Expression instance, FilterMember member, object? value)
    {
        var fields = NotNull<IReadOnlyDictionary<string, object?>>(value, member.Name);
        var access = Expression.Property(instance, member.Property);
        switch (member.Kind)
        {
            case FilterMemberKind.Nested:
                var inner = Predicate(access, member.Type, fields);
                if (inner is null)
                {
                    return null;
                }

                var present = Expression.NotEqual(access, Expression.Constant(null, access.Type));
                if (rows?.Readable(member.Type) is { } readable)
                {
                    present = Expression.AndAlso(present, ParameterReplacer.Inline(readable, access));
                }

                return Expression.AndAlso(present, inner);
            case FilterMemberKind.List:
                return List(Readable(access, member.Type), member, fields);
            default:
                return Operations(instance, access, member, fields);
        }
    }

    private Expression? List(Expression collection, FilterMember member, IReadOnlyDictionary<string, object?> fields)
    {
        Expression? result = null;
        foreach (var (name, value) in fields)
        {
            Expression part;
            if (name == "any")
            {
                var any = Expression.Call(AnyMethod.MakeGenericMethod(member.Type), collection);
                part = NotNull<bool>(value, $"{member.Name}.any") ? any : Expression.Not(any);
            }
            else
            {
                var element = Expression.Parameter(member.Type, "e");
                var filter = NotNull<IReadOnlyDictionary<string, object?>>(value, $"{member.Name}.{name}");
                var predicate = Predicate(element, member.Type, filter) ?? Expression.Constant(true);
                var lambda = Expression.Lambda(predicate, element);
                part = name switch
                {
                    "all" => Expression.Call(AllMethod.MakeGenericMethod(member.Type), collection, lambda),
                    "some" => Expression.Call(AnyPredicateMethod.MakeGenericMethod(member.Type), collection, lambda),
                    "none" => Expression.Not(Expression.Call(AnyPredicateMethod.MakeGenericMethod(member.Type), collection, lambda)),
                    _ => throw new DataException($"The list filter on \"{member.Name}\" has no operation \"{name}\"."),
                };
            }

            result = And(result, part);
        }

        return result;
    }

    // The collection narrowed to the rows the request may read: x.Findings.Where(readable).
    private Expression Readable(Expression collection, Type element) => rows?.Readable(element) is { } readable
        ? Expression.Call(WhereMethod.MakeGenericMethod(element), collection, readable)
        : collection;

    private static FilterMember FindMember(Type type, IReadOnlyList<FilterMember>? members, string name) =>
        (members ?? FilterMembers.Of(type)).FirstOrDefault(m => m.Name == name)
        ?? throw new DataException($"The filter of {type.Name} has no field \"{name}\".");

    private static T NotNull<T>(object? value, string name) => value is T typed
        ? typed
        : throw new DataException(value is null ? $"The filter field \"{name}\" cannot be null." : $"The filter field \"{name}\" has an unexpected value.");

    private static Expression? And(Expression? left, Expression? right) =>
        left is null ? right : right is null ? left : Expression.AndAlso(left, right);

    private static MethodInfo GetEnumerable(string name, int parameters) =>
        typeof(Enumerable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == parameters);
}
