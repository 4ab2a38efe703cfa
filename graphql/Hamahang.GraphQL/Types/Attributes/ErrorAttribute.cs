namespace Hamahang.GraphQL.Types;

/// <summary>
/// Declares that a mutation reports <see cref="ErrorType"/> as data instead of as a field error
/// (HotChocolate's <c>[Error(typeof(...))]</c>, with <see cref="SchemaBuilder.AddMutationConventions"/>).
/// The exception becomes an object type named after it (<c>NotFoundException</c> → <c>NotFoundError</c>,
/// or its <see cref="GraphQLNameAttribute"/>) with <c>message: String!</c> and the public properties the
/// exception declares; it implements <c>interface Error</c> and joins the field's <c>XError</c> union.
/// When the resolver throws it (or an <see cref="AggregateException"/> of declared exceptions only), the
/// payload holds the errors in <c>errors</c> and no GraphQL error is raised. On a class, it applies to every
/// mutation the class declares. As in HotChocolate, <see cref="ErrorType"/> may instead be an error class with
/// a constructor taking the exception, or a class of static <c>CreateErrorFrom(SomeException)</c> factories; such
/// error classes need a <c>Message</c> property. See https://spec.graphql.org/September2025/#sec-Unions.
/// </summary>
/// <param name="errorType">An exception type (derived from <see cref="Exception"/>), an error class or a factory class.</param>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class ErrorAttribute(Type errorType) : Attribute, IErrorTypeProvider
{
    /// <summary>The exception type the mutation reports as data, or the error or factory class that maps exceptions.</summary>
    public Type ErrorType { get; } = errorType;

    /// <inheritdoc />
    IEnumerable<Type> IErrorTypeProvider.ErrorTypes => [ErrorType];
}
