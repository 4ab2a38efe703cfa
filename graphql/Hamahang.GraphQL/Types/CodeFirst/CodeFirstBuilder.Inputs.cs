using System.Linq.Expressions;
using System.Reflection;

namespace Hamahang.GraphQL.Types.CodeFirst;

/// <content>Enums from C# enums; input objects from records and classes.</content>
internal sealed partial class CodeFirstBuilder
{
    private static readonly MethodInfo ReadFieldMethod = typeof(CodeFirstBuilder).GetMethod(nameof(ReadField), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static EnumType CreateEnum(Type type)
    {
        var enumType = new EnumType(Naming.GetTypeName(type)) { RuntimeType = type };
        foreach (var member in type.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => f.MetadataToken))
        {
            if (IsIgnored(member))
            {
                continue;
            }

            enumType.AddValue(new EnumValueDefinition(Naming.GetEnumValueName(member), member.GetValue(null))
            {
                Description = Describe(member),
                DeprecationReason = Deprecation(member),
            });
        }

        return enumType;
    }

    private InputObjectType CreateInputObject(Type type)
    {
        var input = new InputObjectType(Naming.GetInputTypeName(type))
        {
            RuntimeType = type,
            IsOneOf = type.IsDefined(typeof(OneOfAttribute), false),
        };
        _pending.Enqueue(() => CompleteInputObject(input, type));
        return input;
    }

    private void CompleteInputObject(InputObjectType input, Type type)
    {
        var constructor = type.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault(c => c.GetParameters().All(p => type.GetProperty(
                p.Name!,
                BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is not null));
        var constructorParameters = constructor?.GetParameters() ?? [];
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true } && !IsIgnored(p))
            .Where(p => p.SetMethod is { IsPublic: true } || constructorParameters.Any(c => string.Equals(c.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(p => p.MetadataToken)
            .ToList();

        foreach (var property in properties)
        {
            var parameter = Array.Find(constructorParameters, c => string.Equals(c.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            var field = new InputFieldDefinition(Naming.GetFieldName(property), MapInput(property.PropertyType, _nullability.Create(property), property))
            {
                Description = Describe(property),
                DeprecationReason = Deprecation(property),
                RuntimeName = property.Name,
            };
            if (property.GetCustomAttribute<IDAttribute>() is { } id)
            {
                field.Formatter = GlobalId.Formatter(id.TypeName, property.PropertyType);
                if (id.TypeName is { } typeName)
                {
                    // The type the ids must name, kept as output fields keep it.
                    field.Metadata["id"] = typeName;
                }
            }

            if (property.GetCustomAttribute<System.ComponentModel.DefaultValueAttribute>() is { } attribute)
            {
                field.DefaultValue = attribute.Value;
            }
            else if (parameter is { HasDefaultValue: true, DefaultValue: not null })
            {
                field.DefaultValue = parameter.DefaultValue;
            }

            input.AddField(field);
        }

        input.Factory = CompileFactory(type, constructor, properties, input);
    }

    private static Func<IReadOnlyDictionary<string, object?>, object> CompileFactory(
        Type type,
        ConstructorInfo? constructor,
        List<PropertyInfo> properties,
        InputObjectType input)
    {
        var fields = Expression.Parameter(typeof(IReadOnlyDictionary<string, object?>), "fields");
        Expression Read(string fieldName, Type target, object? fallback) => Expression.Convert(
            Expression.Call(
                ReadFieldMethod,
                fields,
                Expression.Constant(fieldName),
                Expression.Constant(ValueConverter.GetConverter(target)),
                Expression.Constant(fallback, typeof(object))),
            target);
        string FieldName(string clrName) => input.Fields.First(f => f.RuntimeName == clrName).Name;

        var parameters = constructor?.GetParameters() ?? [];
        var arguments = parameters.Select(p =>
        {
            var property = properties.Find(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase));
            var fallback = p.HasDefaultValue ? p.DefaultValue : ValueConverter.Convert(null, p.ParameterType);
            return property is null ? Expression.Constant(fallback, p.ParameterType) : Read(FieldName(property.Name), p.ParameterType, fallback);
        }).ToList();
        Expression create = constructor is null ? Expression.New(type) : Expression.New(constructor, arguments);

        var setters = properties
            .Where(p => p.SetMethod is { IsPublic: true } && !parameters.Any(c => string.Equals(c.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var instance = Expression.Variable(type, "instance");
        var body = new List<Expression> { Expression.Assign(instance, create) };
        var containsKey = typeof(IReadOnlyDictionary<string, object?>).GetMethod(nameof(IReadOnlyDictionary<string, object?>.ContainsKey))!;
        foreach (var property in setters)
        {
            var name = FieldName(property.Name);
            body.Add(Expression.IfThen(
                Expression.Call(fields, containsKey, Expression.Constant(name)),
                Expression.Assign(Expression.Property(instance, property), Read(name, property.PropertyType, null))));
        }

        body.Add(Expression.Convert(instance, typeof(object)));
        return Expression.Lambda<Func<IReadOnlyDictionary<string, object?>, object>>(Expression.Block([instance], body), fields).Compile();
    }

    private static object? ReadField(IReadOnlyDictionary<string, object?> fields, string name, Func<object?, object?> convert, object? fallback) =>
        fields.TryGetValue(name, out var value) ? convert(value) : fallback;
}
