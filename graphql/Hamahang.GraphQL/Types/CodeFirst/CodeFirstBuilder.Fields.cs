using System.Reflection;
using Hamahang.GraphQL.Execution.DataLoaders;
using static Hamahang.GraphQL.Types.CodeFirst.ResolverCompiler;

namespace Hamahang.GraphQL.Types.CodeFirst;

/// <content>Fields of object, interface and root types from C# properties and methods.</content>
internal sealed partial class CodeFirstBuilder
{
    private static readonly HashSet<string> ExcludedMethods =
        ["Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "Dispose", "DisposeAsync", "CompareTo"];

    /// <summary>Where fields come from, which decides what a resolver's target object is.</summary>
    public enum FieldSource
    {
        /// <summary>Members of the object's own CLR type: the parent is the target.</summary>
        Object,

        /// <summary>Members of a C# interface.</summary>
        Interface,

        /// <summary>Members of a root class (<see cref="QueryTypeAttribute"/> ...): the class (or a service) is the target.</summary>
        Root,

        /// <summary>Members of a subscription root class: methods returning streams become event streams.</summary>
        Subscription,

        /// <summary>Members of an <see cref="ExtendObjectTypeAttribute"/> class: the parent comes through <see cref="ParentAttribute"/>.</summary>
        Extension,
    }

    /// <summary>Adds a field to <paramref name="target"/> for each public property and method of <paramref name="clr"/>.</summary>
    public void AddFields(ComplexType target, Type clr, FieldSource source)
    {
        var ownsInstance = source is FieldSource.Root or FieldSource.Subscription or FieldSource.Extension;
        var flags = BindingFlags.Public | BindingFlags.Instance | (ownsInstance ? BindingFlags.Static : 0);
        var types = clr.IsInterface ? [clr, .. clr.GetInterfaces()] : new[] { clr };
        var instance = ownsInstance && !(clr.IsAbstract && clr.IsSealed) ? InstanceGetter(clr) : null;

        foreach (var property in types.SelectMany(t => t.GetProperties(flags)).OrderBy(p => p.MetadataToken))
        {
            if (property.GetIndexParameters().Length == 0
                && property.GetMethod is { IsPublic: true }
                && !IsIgnored(property)
                && CanAdd(target, Naming.GetFieldName(property), source))
            {
                target.SetField(ApplyConventions(target, PropertyField(property, instance), property, property.PropertyType));
            }
        }

        var streams = types.SelectMany(t => t.GetMethods(flags)).Select(m => m.GetCustomAttribute<SubscribeAttribute>()?.With).OfType<string>().ToHashSet();
        foreach (var method in types.SelectMany(t => t.GetMethods(flags)).OrderBy(m => m.MetadataToken))
        {
            if (IsFieldMethod(method) && !streams.Contains(method.Name) && CanAdd(target, Naming.GetFieldName(method), source))
            {
                target.SetField(ApplyConventions(target, MethodField(method, source, instance), method, method.ReturnType));
            }
        }
    }

    // A name is taken once, except that an extension's member replaces the field a property of the extended type made,
    // as a HotChocolate type extension replaces it (the workshop's GetTrackAsync resolves the Track its Session holds).
    private static bool CanAdd(ComplexType target, string name, FieldSource source) =>
        target.GetField(name) is not { } existing
        || (source == FieldSource.Extension
            && existing.Member is PropertyInfo property
            && property.DeclaringType?.IsAssignableFrom(target.RuntimeType) == true);

    /// <summary>A field reading <paramref name="property"/> of the parent value, for an object type a convention builds.</summary>
    public FieldDefinition FieldFromProperty(PropertyInfo property) => PropertyField(property, instance: null);

    /// <summary>The description of <paramref name="member"/>: its <see cref="GraphQLDescriptionAttribute"/> or XML summary.</summary>
    public static string? DescriptionOf(MemberInfo member) => Describe(member);

    private FieldDefinition ApplyConventions(ComplexType target, FieldDefinition field, MemberInfo member, Type resultType)
    {
        var conventions = member.GetCustomAttributes<FieldConventionAttribute>(inherit: true).OrderBy(a => a.Order).ToList();
        if (conventions.Count > 0)
        {
            if (resultType.IsGenericType
                && resultType.GetGenericTypeDefinition() is var definition
                && (definition == typeof(Task<>) || definition == typeof(ValueTask<>)))
            {
                resultType = resultType.GetGenericArguments()[0];
            }

            var context = new FieldConventionContext(this, target, field, member, resultType);
            foreach (var convention in conventions)
            {
                convention.Apply(context);
            }

            context.Complete();
        }

        return field;
    }

    private static bool IsFieldMethod(MethodInfo method) =>
        !method.IsSpecialName && method.DeclaringType != typeof(object) && !method.Name.StartsWith('<')
        && !ExcludedMethods.Contains(method.Name) && !method.IsGenericMethodDefinition && !IsIgnored(method)
        && method.ReturnType != typeof(void) && method.ReturnType != typeof(Task) && method.ReturnType != typeof(ValueTask);

    private FieldDefinition PropertyField(PropertyInfo property, Func<IResolverContext, object>? instance)
    {
        var field = new FieldDefinition(Naming.GetFieldName(property), MapOutput(property.PropertyType, _nullability.Create(property), property))
        {
            Description = Describe(property),
            DeprecationReason = Deprecation(property),
            Member = property,
        };
        AddIdMetadata(field, property);
        var getter = CompileProperty(property);
        if (instance is null)
        {
            if (property.GetMethod!.IsStatic)
            {
                field.Resolver = _ => new ValueTask<object?>(getter(null));
            }
            else
            {
                field.PureResolver = ForeignId(property) is { } typeName
                    ? parent => getter(parent) is { } key ? GlobalId.Encode(typeName, key) : null
                    : getter;
            }
        }
        else
        {
            field.Resolver = property.GetMethod!.IsStatic
                ? _ => new ValueTask<object?>(getter(null))
                : context => new ValueTask<object?>(getter(instance(context)));
        }

        return field;
    }

    private FieldDefinition MethodField(MethodInfo method, FieldSource source, Func<IResolverContext, object>? instance)
    {
        var returnInfo = _nullability.Create(method.ReturnParameter);
        var isStream = source == FieldSource.Subscription && StreamOf(method.ReturnType) is not null;
        var fieldType = isStream
            ? MapOutput(StreamOf(method.ReturnType)!, StreamInfo(returnInfo), method)
            : MapOutput(method.ReturnType, returnInfo, method);
        var field = new FieldDefinition(Naming.GetFieldName(method), fieldType)
        {
            Description = Describe(method),
            DeprecationReason = Deprecation(method),
            Member = method,
        };
        AddIdMetadata(field, method);

        var parameters = new List<(ParameterKind Kind, string? ArgumentName)>();
        foreach (var parameter in method.GetParameters())
        {
            var kind = ClassifyParameter(parameter);
            string? argumentName = null;
            if (kind == ParameterKind.Argument)
            {
                var argument = CreateArgument(parameter);
                argumentName = argument.Name;
                field.AddArgument(argument);
            }

            parameters.Add((kind, argumentName));
        }

        var target = method.IsStatic ? null : instance ?? (context => context.Parent!);
        if (source == FieldSource.Subscription && method.GetCustomAttribute<SubscribeAttribute>()?.With is { } with)
        {
            var stream = method.DeclaringType!.GetMethod(with, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{method.DeclaringType}.{method.Name}: [Subscribe(With = \"{with}\")] names no method.");
            var streamParameters = stream.GetParameters()
                .Select(p => ClassifyParameter(p) is var kind && kind == ParameterKind.Argument ? (kind, Naming.GetArgumentName(p)) : (kind, (string?)null))
                .ToList();
            field.Subscribe = CompileSubscribe(stream, stream.IsStatic ? null : instance, streamParameters);
            field.Resolver = CompileMethod(method, target, parameters);
        }
        else if (isStream)
        {
            field.Subscribe = CompileSubscribe(method, target, parameters);
            field.Resolver = context => new ValueTask<object?>(context.Parent);
        }
        else
        {
            field.Resolver = CompileMethod(method, target, parameters);
        }

        return field;
    }

    private ParameterKind ClassifyParameter(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken))
        {
            return ParameterKind.CancellationToken;
        }

        if (type == typeof(IResolverContext))
        {
            return ParameterKind.Context;
        }

        if (type == typeof(IServiceProvider))
        {
            return ParameterKind.ServiceProvider;
        }

        // The event a subscription resolves is the parent value of its resolver.
        if (parameter.IsDefined(typeof(ParentAttribute), false) || parameter.IsDefined(typeof(EventMessageAttribute), false))
        {
            return ParameterKind.Parent;
        }

        if (typeof(IDataLoader).IsAssignableFrom(type))
        {
            return ParameterKind.DataLoader;
        }

        return parameter.IsDefined(typeof(ServiceAttribute), false) || _services.Contains(type) ? ParameterKind.Service : ParameterKind.Argument;
    }

    private ArgumentDefinition CreateArgument(ParameterInfo parameter)
    {
        var argument = new ArgumentDefinition(Naming.GetArgumentName(parameter), MapInput(parameter.ParameterType, _nullability.Create(parameter), parameter))
        {
            Description = parameter.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description ?? XmlDocumentation.GetParameter(parameter),
            DeprecationReason = Deprecation(parameter),
            RuntimeType = parameter.ParameterType,
            Formatter = parameter.GetCustomAttribute<IDAttribute>() is { } id ? GlobalId.Formatter(id.TypeName, parameter.ParameterType) : null,
        };
        if (parameter.GetCustomAttribute<System.ComponentModel.DefaultValueAttribute>() is { } attribute)
        {
            argument.DefaultValue = attribute.Value;
        }
        else if (parameter.HasDefaultValue && parameter.DefaultValue is not null)
        {
            argument.DefaultValue = parameter.DefaultValue;
        }

        return argument;
    }

    // A key of another type marked [ID("Type")] (a foreign key) is written as that type's global id, as
    // HotChocolate writes it; an [ID] string, or one without a type, is written as it is.
    private static string? ForeignId(PropertyInfo property) =>
        property.GetCustomAttribute<IDAttribute>() is { TypeName: { } typeName } && property.PropertyType != typeof(string) ? typeName : null;

    private static void AddIdMetadata(FieldDefinition field, MemberInfo member)
    {
        if (member.GetCustomAttribute<IDAttribute>() is { } id)
        {
            field.Metadata["id"] = id.TypeName;
        }
    }

    private static Type? StreamOf(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? StreamItemType(type.GetGenericArguments()[0])
            : StreamItemType(type);

    private static NullabilityInfo? StreamInfo(NullabilityInfo info)
    {
        var current = info;
        while (current.GenericTypeArguments.Length == 1 && current.Type.IsGenericType
            && current.Type.GetGenericTypeDefinition() != typeof(IAsyncEnumerable<>))
        {
            current = current.GenericTypeArguments[0];
        }

        return current.GenericTypeArguments.ElementAtOrDefault(0);
    }

    private static Func<IResolverContext, object> InstanceGetter(Type type)
    {
        var singleton = new Lazy<object>(() => Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"Cannot create {type}."));
        return context => context.Services.GetService(type) ?? singleton.Value;
    }
}
