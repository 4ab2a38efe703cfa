using System.Reflection;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Types.Mutations;

/// <summary>
/// HotChocolate's mutation conventions, applied to the fields of the mutation root once the code-first
/// builder made them. A mutation <c>fooBar(a: A, b: B): R</c> becomes
/// <c>fooBar(input: FooBarInput!): FooBarPayload!</c> with <c>input FooBarInput { a: A b: B }</c> and
/// <c>type FooBarPayload { r: R errors: [FooBarError!] }</c>; see <see cref="MutationErrorTypes"/> for the errors.
/// A lone parameter whose input type is already named <c>FooBarInput</c>, and a result type already named
/// <c>FooBarPayload</c>, are kept as they are. See https://spec.graphql.org/September2025/#sec-Mutation.
/// </summary>
/// <param name="builder">The code-first builder that made the fields; new types are added to it.</param>
/// <param name="applyToAllMutations">
/// False to rewrite only the fields marked <see cref="UseMutationConventionAttribute"/> or <see cref="ErrorAttribute"/>.
/// </param>
internal sealed class MutationConventions(CodeFirstBuilder builder, bool applyToAllMutations)
{
    private const string InputArgumentName = "input";
    private const string ErrorsFieldName = "errors";
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    private readonly MutationErrorTypes _errorTypes = new(builder);

    /// <summary>
    /// The exception types declared with <see cref="ErrorAttribute"/> (or another <see cref="IErrorTypeProvider"/>)
    /// on a member and then on its class, without repeats.
    /// </summary>
    /// <param name="member">The member a mutation field was made from; null for a hand-made field.</param>
    public static IReadOnlyList<Type> DeclaredErrors(MemberInfo? member) =>
        member is null
            ? []
            : member.GetCustomAttributes(inherit: true).OfType<IErrorTypeProvider>()
                .Concat(member.DeclaringType?.GetCustomAttributes(inherit: true).OfType<IErrorTypeProvider>() ?? [])
                .SelectMany(a => a.ErrorTypes)
                .Distinct()
                .ToList();

    /// <summary>Rewrites every field of <paramref name="mutation"/> the conventions apply to.</summary>
    /// <param name="mutation">The mutation root type.</param>
    public void Apply(ObjectType mutation)
    {
        foreach (var field in mutation.Fields.ToList())
        {
            var settings = field.Member?.GetCustomAttribute<UseMutationConventionAttribute>(inherit: true);
            var errors = DeclaredErrors(field.Member);
            if (settings?.Disable == true)
            {
                if (errors.Count > 0)
                {
                    throw new InvalidOperationException($"The mutation {field} declares errors but disables the mutation conventions that report them.");
                }

                continue;
            }

            if (applyToAllMutations || settings is not null || errors.Count > 0)
            {
                Rewrite(field, settings, errors);
            }
        }
    }

    private void Rewrite(FieldDefinition field, UseMutationConventionAttribute? settings, IReadOnlyList<Type> errors)
    {
        var mutationName = char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
        var arguments = RewriteArguments(field, settings?.InputTypeName ?? mutationName + "Input", settings?.InputArgumentName ?? InputArgumentName);
        var (payload, errorTypes) = RewriteResult(field, settings, mutationName, errors);

        var next = DefaultResolvers.AsResolver(field);
        field.PureResolver = null;
        field.Resolver = MutationResolver.Create(next, arguments, payload, errorTypes);
    }

    // Returns how the resolver finds its own arguments in the new ones; null when they do not change.
    private Func<IReadOnlyDictionary<string, object?>, IReadOnlyDictionary<string, object?>>? RewriteArguments(
        FieldDefinition field,
        string inputName,
        string argumentName)
    {
        var arguments = field.Arguments.ToList();
        if (arguments.Count == 0)
        {
            return null;
        }

        foreach (var argument in arguments)
        {
            field.RemoveArgument(argument.Name);
        }

        if (arguments is [{ Type.NamedType: InputObjectType own } single] && own.Name == inputName)
        {
            field.AddArgument(new ArgumentDefinition(argumentName, single.Type as NonNullType ?? new NonNullType(own))
            {
                Description = single.Description,
                RuntimeType = single.RuntimeType,
            });
            var ownName = single.Name;
            return ownName == argumentName ? null : given => new Dictionary<string, object?>(1) { [ownName] = given.GetValueOrDefault(argumentName) };
        }

        var input = builder.GetOrAddNamed(inputName, () => new InputObjectType(inputName));
        if (input.Fields.Count > 0)
        {
            throw new InvalidOperationException($"The input type \"{inputName}\" is made for two mutations; give one of them another name with " +
                "[UseMutationConvention(InputTypeName = ...)].");
        }

        foreach (var argument in arguments)
        {
            input.AddField(ToInputField(argument));
        }

        field.AddArgument(new ArgumentDefinition(argumentName, new NonNullType(input)));
        return given => given.GetValueOrDefault(argumentName) as IReadOnlyDictionary<string, object?> ?? NoArguments;
    }

    private static InputFieldDefinition ToInputField(ArgumentDefinition argument)
    {
        var field = new InputFieldDefinition(argument.Name, argument.Type)
        {
            Description = argument.Description,
            DeprecationReason = argument.DeprecationReason,
            Formatter = argument.Formatter,
        };
        if (argument.HasDefaultValue)
        {
            field.DefaultValue = argument.DefaultValue;
            field.DefaultValueLiteral = argument.DefaultValueLiteral;
        }

        foreach (var (key, value) in argument.Metadata)
        {
            field.Metadata[key] = value;
        }

        foreach (var directive in argument.AppliedDirectives)
        {
            field.AddAppliedDirective(directive);
        }

        return field;
    }

    // Returns whether the field now returns a payload the resolver's result must be wrapped in, and the error types.
    private (
        bool Payload,
        IReadOnlyList<ErrorMapping> Errors) RewriteResult(
            FieldDefinition field,
            UseMutationConventionAttribute? settings,
            string mutationName,
            IReadOnlyList<Type> errors)
    {
        var payloadName = settings?.PayloadTypeName ?? mutationName + "Payload";
        var errorName = settings?.PayloadErrorTypeName ?? mutationName + "Error";
        var result = field.Type;
        if (result.NamedType.Name == payloadName)
        {
            if (errors.Count == 0)
            {
                return (false, []);
            }

            // HotChocolate's rule for a payload of the app's own: its fields become nullable (null when the
            // mutation failed) and it gains the errors field.
            if (result.NamedType is not ObjectType own || (result is NonNullType wrapped ? wrapped.OfType : result) is not ObjectType)
            {
                throw new InvalidOperationException($"The mutation {field} returns \"{payloadName}\", which is not an object type and cannot hold errors.");
            }

            var (ownUnion, ownMappings) = _errorTypes.Union(errorName, errors);
            OwnPayload.AddErrors(own, new FieldDefinition(ErrorsFieldName, new ListType(new NonNullType(ownUnion))));
            field.Type = new NonNullType(own);
            return (false, ownMappings);
        }

        var payload = builder.GetOrAddNamed(payloadName, () => new ObjectType(payloadName));
        if (payload.Fields.Count > 0)
        {
            throw new InvalidOperationException($"The payload type \"{payloadName}\" is made for two mutations; give one of them another name with " +
                "[UseMutationConvention(PayloadTypeName = ...)].");
        }

        var fieldName = settings?.PayloadFieldName ?? Naming.ToCamelCase(result.NamedType.Name);
        payload.AddField(new FieldDefinition(fieldName, result is NonNullType nonNull ? nonNull.OfType : result) { PureResolver = MutationPayload.ReadResult });
        IReadOnlyList<ErrorMapping> mappings = [];
        if (errors.Count > 0)
        {
            (var union, mappings) = _errorTypes.Union(errorName, errors);
            payload.AddField(new FieldDefinition(ErrorsFieldName, new ListType(new NonNullType(union))) { PureResolver = MutationPayload.ReadErrors });
        }

        field.Type = new NonNullType(payload);
        return (true, mappings);
    }
}
