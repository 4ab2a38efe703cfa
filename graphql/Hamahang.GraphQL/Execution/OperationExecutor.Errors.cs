using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution.Planning;
using Hamahang.GraphQL.Execution.Results;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution;

/// <content>
/// Field errors: "If an execution error is raised while resolving a field ... the field's value is null
/// and the error is added to the errors list"; a non-null position passes the null to its parent.
/// Errors whose position lies under a position already nulled by an earlier error are dropped, as
/// graphql-js 17 drops them; a null still on its way (<see cref="Propagate"/>) nulls nothing yet.
/// See https://spec.graphql.org/September2025/#sec-Handling-Execution-Errors.
/// </content>
internal sealed partial class OperationExecutor
{
    private const string UnexpectedErrorMessage = "Unexpected Execution Error";
    private const string InternalServerError = ErrorCodes.InternalServerError;
    private List<Landing>? _landings;

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
            ArgumentErrorException { Error: { Node: { } node } error } =>
                new GraphQLError(exception.Message, [node.Location.StartLocation], path, CodeOf(error)),
            GraphQLException graphQL => new GraphQLError(graphQL.Message, field.Locations, path, graphQL.Extensions),
            CoercionException coercion => new GraphQLError(coercion.Message, field.Locations, path),
            _ when _options.IncludeExceptionDetails => new GraphQLError(exception.Message, field.Locations, path, InternalErrorExtensions(exception)),
            _ => new GraphQLError(UnexpectedErrorMessage, field.Locations, path, InternalErrorExtensions(null)),
        };
    }

    private static Dictionary<string, object?>? CodeOf(Values.ArgumentError error) =>
        error.Code is null ? null : new(StringComparer.Ordinal) { ["code"] = error.Code };

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

    /// <summary>
    /// Carries the null of a failed non-null slot inside <paramref name="node"/>, a map or list completed in an
    /// earlier step, up to the nearest nullable position. The rule, graphql-js's: the null arrives three
    /// microtask ticks later for each map it leaves (Promise.all, its then, the handler of the map's slot) and
    /// two for each list (Promise.all, the handler), and every error raised before it arrives is kept, even
    /// under the position it will null. A task completed at the same tick as the arrival is completed first.
    /// </summary>
    private void Propagate(ResultNode node)
    {
        var tick = _tick;
        for (var current = node; ; current = current.Parent)
        {
            tick += current is ResultObject ? 3 : 2;
            if (current.Parent is null || current.NullableInParent)
            {
                var landing = new Landing(tick, current, _error!);
                _landings ??= [];
                var at = _landings.Count;
                while (at > 0 && _landings[at - 1].Tick > tick)
                {
                    at--;
                }

                _landings.Insert(at, landing);
                return;
            }
        }
    }

    /// <summary>Lands the nulls on their way (<see cref="Propagate"/>) that arrive before tick <paramref name="before"/>, in arrival order.</summary>
    private void LandNulls(int before)
    {
        if (_landings is null)
        {
            return;
        }

        var landed = 0;
        for (; landed < _landings.Count && _landings[landed].Tick < before; landed++)
        {
            var (_, node, error) = _landings[landed];
            if (node.Parent is null)
            {
                _error = error;
                NullRoot();
            }
            else
            {
                node.Parent.Set(node.ParentIndex, null);
                Record(error, node.Parent, node.ParentIndex);
            }
        }

        _landings.RemoveRange(0, landed);
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

    /// <summary>
    /// A null on its way to the nullable position of <paramref name="Node"/> (<c>data</c> for the root), arriving at
    /// <paramref name="Tick"/>.
    /// </summary>
    private readonly record struct Landing(int Tick, ResultNode Node, GraphQLError Error);
}
