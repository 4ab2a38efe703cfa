using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// Turns a selection set into one <c>Select</c>: <c>x =&gt; new T { A = x.A, B = x.B == null ? null : new B { ... },
/// Cs = x.Cs.Where(...).OrderBy(...).Select(c =&gt; new C { ... }).ToList() }</c>, so a database reads only the
/// selected columns, nested objects and lists in the same query. The key, members marked
/// <see cref="IsProjectedAttribute"/> and members a selected computed field names with
/// <see cref="ProjectionRequiresAttribute"/> are read too. Filtering and sorting arguments of nested list fields
/// are applied inside the projection.
/// </summary>
/// <param name="filters">Builds nested <c>where</c> predicates.</param>
public sealed partial class ProjectionBuilder(FilterExpressionBuilder filters)
{
    private static readonly ConcurrentDictionary<PropertyInfo, bool> ProjectedProperties = new();

    /// <summary>The projection of <typeparamref name="T"/> for <paramref name="selections"/> on <paramref name="type"/>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="type">The GraphQL type of the items.</param>
    /// <param name="selections">The fields selected on each item.</param>
    public Expression<Func<T, T>> Build<T>(ComplexType type, IReadOnlyList<SelectedField> selections)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, T>>(Project(parameter, typeof(T), type, selections), parameter);
    }

    private Expression Project(Expression instance, Type clr, ComplexType type, IReadOnlyList<SelectedField> selections)
    {
        if (clr.IsAbstract || clr.GetConstructor(Type.EmptyTypes) is null)
        {
            return instance;
        }

        var bindings = new Dictionary<PropertyInfo, Expression>();
        void Copy(PropertyInfo? property)
        {
            if (property is { CanWrite: true, SetMethod.IsPublic: true } && !bindings.ContainsKey(property))
            {
                bindings[property] = Expression.Property(instance, property);
            }
        }

        Copy(EntityKeys.Find(clr));
        foreach (var property in clr.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<IsProjectedAttribute>(true) is { Projected: true })
            {
                Copy(property);
            }
        }

        foreach (var selection in MergeByMember(selections))
        {
            var member = selection.Field.Member;
            if (member?.GetCustomAttribute<ProjectionRequiresAttribute>(true) is { } requires)
            {
                foreach (var name in requires.Members)
                {
                    Copy(clr.GetProperty(name, BindingFlags.Public | BindingFlags.Instance));
                }
            }

            if (Reads(selection.Field) && selection.Field.Member is PropertyInfo property && property.DeclaringType!.IsAssignableFrom(clr))
            {
                var access = Expression.Property(instance, property);
                var value = (Expression?)Member(access, selection) ?? access;
                if (!bindings.TryGetValue(property, out var existing) || existing is MemberExpression)
                {
                    bindings[property] = value;
                }
            }
        }

        return Expression.MemberInit(Expression.New(clr), bindings.Select(b => Expression.Bind(b.Key, b.Value)));
    }

    /// <summary>
    /// Whether a projection reads <paramref name="field"/> from its member (a settable property not marked unprojected).
    /// Asked on every request by <see cref="LoaderProjection"/>'s signature, so each property's attribute is read once.
    /// </summary>
    internal static bool Reads(FieldDefinition field) =>
        field.Member is PropertyInfo { CanWrite: true } property
            && ProjectedProperties.GetOrAdd(property, static p => p.GetCustomAttribute<IsProjectedAttribute>(true) is not { Projected: false });

    /// <summary>
    /// One selection per member: a member selected under several aliases (<c>a: inspection { version }
    /// b: inspection { title }</c>, as Relay fragments do) is projected once with every alias's sub-selection,
    /// so each alias reads a fully loaded object. A list member holds one list, so its aliases must agree
    /// on their arguments; a query that asks for two differently filtered lists of one member is refused
    /// rather than answered from the first alias's list.
    /// </summary>
    private static IEnumerable<SelectedField> MergeByMember(IReadOnlyList<SelectedField> selections)
    {
        var byMember = new Dictionary<MemberInfo, List<SelectedField>>();
        var order = new List<SelectedField>();
        foreach (var selection in selections)
        {
            if (selection.Field.Member is not PropertyInfo member || selection.Field.Type.NamedType is not ObjectType
                || DataField.Of(selection.Field) is { Paging: not PagingKind.None })
            {
                order.Add(selection);
            }
            else if (byMember.TryGetValue(member, out var group))
            {
                group.Add(selection);
            }
            else
            {
                byMember[member] = [selection];
                order.Add(selection);
            }
        }

        foreach (var selection in order)
        {
            if (selection.Field.Member is not { } member || !byMember.TryGetValue(member, out var group) || group.Count == 1)
            {
                yield return selection;
                continue;
            }

            var arguments = ArgumentsText(selection);
            if (group.Any(other => ArgumentsText(other) != arguments))
            {
                throw new DataException(
                    $"The field \"{selection.Field.Name}\" is selected under several aliases with different arguments; " +
                        "select it once per object, or with the same arguments.");
            }

            yield return selection.MergedWith(group);
        }
    }

    private static string ArgumentsText(SelectedField selection) =>
        string.Join(",", selection.Nodes[0].Arguments.OrderBy(a => a.Name.Value, StringComparer.Ordinal).Select(a => Language.Printer.Print(a)));

    /// <summary>The projected value of an object or list member; null to copy the member as it is.</summary>
    private ConditionalExpression? Member(MemberExpression access, SelectedField selection)
    {
        if (selection.Field.Type.NamedType is not ObjectType objectType || DataField.Of(selection.Field) is { Paging: not PagingKind.None })
        {
            return null;
        }

        var element = ValueConverter.GetElementType(access.Type);
        var children = selection.Children(objectType);
        if (element is null)
        {
            var projected = Project(access, access.Type, objectType, children);
            return projected == access
                ? null
                : Expression.Condition(Expression.Equal(access, Expression.Constant(null, access.Type)), Expression.Constant(null, access.Type), projected);
        }

        return List(access, element, objectType, selection, children);
    }
}
