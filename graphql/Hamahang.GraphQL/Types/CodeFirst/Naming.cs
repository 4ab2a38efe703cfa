using System.Reflection;
using System.Text;

namespace Hamahang.GraphQL.Types.CodeFirst;

/// <summary>
/// HotChocolate's naming conventions: types keep their C# name (interfaces lose a leading <c>I</c>, input
/// types end in <c>Input</c>), fields and arguments are camelCase without a <c>Get</c> prefix or
/// <c>Async</c> suffix, enum values are UPPER_SNAKE_CASE. <see cref="GraphQLNameAttribute"/> wins.
/// See https://spec.graphql.org/September2025/#sec-Names.
/// </summary>
public static class Naming
{
    /// <summary>The GraphQL name of a CLR type used as an output type.</summary>
    /// <param name="type">The CLR type.</param>
    public static string GetTypeName(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } attribute)
        {
            return attribute.Name;
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick] + string.Concat(type.GetGenericArguments().Select(GetTypeName));
        }

        if (type.IsInterface && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..];
        }

        return name;
    }

    /// <summary>The GraphQL name of a CLR type used as an input object: its name, ending in <c>Input</c>.</summary>
    /// <param name="type">The CLR type.</param>
    public static string GetInputTypeName(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } attribute)
        {
            return attribute.Name;
        }

        var name = GetTypeName(type);
        return name.EndsWith("Input", StringComparison.Ordinal) ? name : name + "Input";
    }

    /// <summary>The GraphQL field name of a property or method.</summary>
    /// <param name="member">The member.</param>
    public static string GetFieldName(MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } attribute)
        {
            return attribute.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
            {
                name = name[3..];
            }

            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
            {
                name = name[..^5];
            }
        }

        return ToCamelCase(name);
    }

    /// <summary>The GraphQL argument name of a parameter.</summary>
    /// <param name="parameter">The parameter.</param>
    public static string GetArgumentName(ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? ToCamelCase(parameter.Name!);
    }

    /// <summary>The GraphQL name of an enum member.</summary>
    /// <param name="field">The enum member's field.</param>
    public static string GetEnumValueName(FieldInfo field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? ToUpperSnakeCase(field.Name);
    }

    /// <summary>camelCase: a leading run of capitals is lowered except the capital that starts the next word (<c>URLPath</c> → <c>urlPath</c>).</summary>
    /// <param name="name">A PascalCase name.</param>
    public static string ToCamelCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var run = 0;
        while (run < name.Length && char.IsUpper(name[run]))
        {
            run++;
        }

        if (run == 0)
        {
            return name;
        }

        if (run == name.Length)
        {
            return name.ToLowerInvariant();
        }

        var lower = run == 1 ? 1 : run - 1;
        return name[..lower].ToLowerInvariant() + name[lower..];
    }

    /// <summary>UPPER_SNAKE_CASE: <c>InProgress</c> → <c>IN_PROGRESS</c>, <c>HTTPError</c> → <c>HTTP_ERROR</c>.</summary>
    /// <param name="name">A PascalCase name.</param>
    public static string ToUpperSnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && name[i - 1] != '_' &&
                (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
