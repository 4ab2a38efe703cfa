using System.Reflection;
using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// Marks an entity's key as its global object id (HotChocolate's <c>[Node]</c> with <c>[ID]</c>): the type
/// implements <c>interface Node { id: ID! }</c>, its <c>id</c> field returns <see cref="NodeId.Encode"/> of
/// the type name and key, and <c>node(id:)</c> can load it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class NodeIdAttribute([CallerLineNumber] int order = 0) : FieldConventionAttribute(order)
{
    /// <summary>The metadata key under which an object type keeps its <see cref="NodeType"/>.</summary>
    public const string MetadataKey = "Hamahang.GraphQL.Data.Node";

    /// <inheritdoc />
    public override void Apply(FieldConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = context.Member as PropertyInfo ?? throw new InvalidOperationException("[NodeId] marks a property.");
        var type = context.DeclaringType;
        type.AddInterface(NodeTypes.Interface(context));
        // The object type's own CLR type: a key declared on a base class (Entity.Id) names each derived entity.
        type.Metadata[MetadataKey] = new NodeType(type.RuntimeType ?? key.ReflectedType!, key);
        context.Field.Type = new NonNullType(BuiltInScalars.ID);
        var typeName = type.Name;
        // A pure field stays pure (no resolver cost, no task): only the key is read from the parent.
        if (context.Field.PureResolver is { } read && context.Field.Resolver is null)
        {
            context.Field.PureResolver = parent => read(parent) is { } key ? NodeId.Encode(typeName, key) : null;
            return;
        }

        context.Use(next => async c => await next(c).ConfigureAwait(false) is { } value ? NodeId.Encode(typeName, value) : null);
    }
}

/// <summary>What <c>node(id:)</c> needs to load an object type's entities.</summary>
/// <param name="EntityType">The entity's CLR type.</param>
/// <param name="Key">Its key property.</param>
public sealed record NodeType(Type EntityType, PropertyInfo Key);
