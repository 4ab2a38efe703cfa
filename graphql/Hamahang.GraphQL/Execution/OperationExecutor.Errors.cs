using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution.Planning;
using Hamahang.GraphQL.Execution.Results;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution;

/// <content>
/// Field errors: "If an execution error is raised while resolving a field ... the field's value is null
/// and the error is added to the errors list"; a non-null position passes the null to its parent.
/// Errors whose position lies under a position already nulled by an earlier error are dropped, as
/// graphql-js 17 drops them. See https://spec.graphql.org/September2025/#sec-Handling-Execution-Errors.
/// </content>
internal sealed partial class OperationExecutor
{
    private const string UnexpectedErrorMessage = "Unexpected Execution Error";
    private const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The field error for an exception a resolver (or completion) raised at a slot.</summary>
    private GraphQLError CreateError(Exception exception, FieldPlan field, ResultNode container, int index)
    {
        while (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }

        var path = container.PathOf(index);
        return exception switch
        {
            ArgumentErrorException { Error.Node: { } node } => new GraphQLError(exception.Message, [node.Location.StartLocation], path),
            GraphQLException graphQL => new GraphQLError(graphQL.Message, field.Locations, path, graphQL.Extensions),
            CoercionException coercion => new GraphQLError(coercion.Message, field.Locations, path),
            _ when _options.IncludeExceptionDetails => new GraphQLError(exception.Message, field.Locations, path, InternalErrorExtensions(exception)),
            _ => new GraphQLError(UnexpectedErrorMessage, field.Locations, path, InternalErrorExtensions(null)),
        };
    }

    private static Dictionary<string, object?> InternalErrorExtensions(Exception? exception)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = InternalServerError };
        if (exception is not null)
        {
            extensions["exception"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["type"] = exception.GetType().FullName,
                ["stackTrace"] = exception.StackTrace,
            };
        }

        return extensions;
    }

    /// <summary>
    /// Handles a field error at a field or list item slot of type <paramref name="type"/>: a nullable slot
    /// becomes null and the error is recorded; a non-null slot returns false and leaves the error in <see cref="_error"/>.
    /// </summary>
    private bool HandleFieldError(GraphQLError error, ResultNode container, int index, GraphQLType type)
    {
        if (type is NonNullType)
        {
            _error = error;
            return false;
        }

        container.Set(index, null);
        Record(error, container, index);
        return true;
    }

    /// <summary>Carries the null of a failed non-null slot inside <paramref name="node"/> up to the nearest nullable position.</summary>
    private void Propagate(ResultNode node)
    {
        for (var current = node; ; current = current.Parent)
        {
            if (current.Parent is null)
            {
                NullRoot();
                return;
            }

            if (current.NullableInParent)
            {
                current.Parent.Set(current.ParentIndex, null);
                Record(_error!, current.Parent, current.ParentIndex);
                return;
            }
        }
    }

    /// <summary>The root field failed in a non-null way: <c>data</c> is null.</summary>
    private void NullRoot()
    {
        if (!_rootNulled)
        {
            _rootNulled = true;
            _errors.Add(_error!);
        }
    }

    private void Record(GraphQLError error, ResultNode container, int index)
    {
        if (IsNulled(container, index))
        {
            return;
        }

        container.MarkError(index);
        _errors.Add(error);
    }

    /// <summary>True when the slot, or a position above it, was already nulled by an error (or <c>data</c> is null).</summary>
    private bool IsNulled(ResultNode container, int index)
    {
        if (_rootNulled || container.HasError(index))
        {
            return true;
        }

        for (var node = container; node.Parent is not null; node = node.Parent)
        {
            if (node.Parent.HasError(node.ParentIndex))
            {
                return true;
            }
        }

        return false;
    }
}
