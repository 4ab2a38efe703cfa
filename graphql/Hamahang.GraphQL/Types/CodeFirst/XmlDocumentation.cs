using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Hamahang.GraphQL.Types.CodeFirst;

/// <summary>
/// Reads descriptions from an assembly's XML documentation file (the <c>.xml</c> beside the <c>.dll</c>,
/// written when <c>GenerateDocumentationFile</c> is on): the <c>&lt;summary&gt;</c> of types and members,
/// <c>&lt;param&gt;</c> of parameters (and of a record's primary constructor for its properties).
/// See https://spec.graphql.org/September2025/#sec-Descriptions.
/// </summary>
public static partial class XmlDocumentation
{
    private static readonly ConcurrentDictionary<Assembly, Dictionary<string, XElement>> Files = new();

    /// <summary>The summary of a type, property, method or enum member, or null.</summary>
    /// <param name="member">The member.</param>
    public static string? GetSummary(MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var summary = Find(member)?.Element("summary");
        if (summary is null && member is PropertyInfo property && property.DeclaringType is { } declaring)
        {
            // A record's positional property is documented by a <param> of the record.
            return Normalize(Find(declaring)?.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == property.Name));
        }

        return Normalize(summary);
    }

    /// <summary>The <c>&lt;param&gt;</c> text of a method parameter, or null.</summary>
    /// <param name="parameter">The parameter.</param>
    public static string? GetParameter(ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return Normalize(Find(parameter.Member)?.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == parameter.Name));
    }

    private static XElement? Find(MemberInfo member)
    {
        var type = member as Type ?? member.DeclaringType;
        if (type is null)
        {
            return null;
        }

        var docs = Files.GetOrAdd(type.Assembly, Load);
        return docs.GetValueOrDefault(GetId(member));
    }

    private static Dictionary<string, XElement> Load(Assembly assembly)
    {
        var result = new Dictionary<string, XElement>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(assembly.Location))
        {
            return result;
        }

        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            return result;
        }

        foreach (var element in XDocument.Load(path).Descendants("member"))
        {
            if (element.Attribute("name")?.Value is { } name)
            {
                result[name] = element;
            }
        }

        return result;
    }

    private static string GetId(MemberInfo member) => member switch
    {
        Type type => "T:" + TypeId(type),
        PropertyInfo property => "P:" + TypeId(property.DeclaringType!) + "." + property.Name,
        FieldInfo field => "F:" + TypeId(field.DeclaringType!) + "." + field.Name,
        MethodBase method => "M:" + TypeId(method.DeclaringType!) + "." + (method is ConstructorInfo ? "#ctor" : method.Name)
            + (method.GetParameters().Length == 0 ? string.Empty : "(" + string.Join(
                ",",
                method.GetParameters().Select(p => ParameterTypeId(p.ParameterType))) + ")"),
        _ => string.Empty,
    };

    private static string TypeId(Type type) =>
        type.IsGenericType ? type.GetGenericTypeDefinition().FullName!.Replace('+', '.') : type.FullName!.Replace('+', '.');

    private static string ParameterTypeId(Type type)
    {
        if (type.IsByRef)
        {
            return ParameterTypeId(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return ParameterTypeId(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (!type.IsGenericType)
        {
            return type.FullName!.Replace('+', '.');
        }

        var definition = type.GetGenericTypeDefinition().FullName!;
        definition = definition[..definition.IndexOf('`', StringComparison.Ordinal)].Replace('+', '.');
        return definition + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterTypeId)) + "}";
    }

    private static string? Normalize(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            builder.Append(node switch
            {
                XText text => text.Value,
                XElement { Name.LocalName: "see" or "seealso" } see => Cref(see),
                XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name"),
                XElement { Name.LocalName: "para" } para => "\n\n" + Normalize(para) + "\n\n",
                XElement other => Normalize(other),
                _ => string.Empty,
            });
        }

        var paragraphs = builder.ToString().Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Whitespace().Replace(p, " ").Trim())
            .Where(p => p.Length > 0);
        var result = string.Join("\n\n", paragraphs);
        return result.Length == 0 ? null : result;
    }

    private static string Cref(XElement see)
    {
        if ((string?)see.Attribute("langword") is { } word)
        {
            return word;
        }

        if (!see.IsEmpty)
        {
            return see.Value;
        }

        var cref = (string?)see.Attribute("cref") ?? (string?)see.Attribute("href") ?? string.Empty;
        var name = cref.Contains(':', StringComparison.Ordinal) ? cref[(cref.IndexOf(':', StringComparison.Ordinal) + 1)..] : cref;
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            name = name[..paren];
        }

        return name[(name.LastIndexOf('.') + 1)..];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
