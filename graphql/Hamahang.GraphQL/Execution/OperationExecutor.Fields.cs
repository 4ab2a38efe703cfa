using Hamahang.GraphQL.Execution.Planning;
using Hamahang.GraphQL.Execution.Results;

namespace Hamahang.GraphQL.Execution;

/// <content>
/// "ExecuteSelectionSet" and "ExecuteField": resolving each field of an object, then completing its value.
/// See https://spec.graphql.org/September2025/#sec-Executing-Fields.
/// </content>
internal sealed partial class OperationExecutor
{
    private ResolverContext? _spareContext;

    /// <summary>
    /// Executes every field of <paramref name="obj"/>'s plan on <paramref name="source"/>, in order. False when a
    /// non-null field failed: the object must become null, and its later fields are not executed (as in graphql-js).
    /// </summary>
    private bool ExecuteFields(ResultObject obj, object? source)
    {
        var fields = obj.Plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            if (!ExecuteField(obj, i, fields[i], source))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Resolves and completes one field into slot <paramref name="index"/> of <paramref name="obj"/>; false when the null must propagate.</summary>
    private bool ExecuteField(ResultObject obj, int index, FieldPlan field, object? source)
    {
        object? value;
        try
        {
            if (field.PureResolver is { } pure && field.Field.Arguments.Count == 0)
            {
                value = pure(source);
            }
            else if (field.Resolver is null && field.PureResolver is null && field.Field.Arguments.Count == 0)
            {
                value = IsSubscriptionEventRoot(obj) ? source : field.ReadDefault(source);
            }
            else
            {
                var arguments = Arguments(field);
                if (field.Resolver is { } resolver)
                {
                    var context = _spareContext ?? new ResolverContext(this);
                    _spareContext = null;
                    context.Set(field, source, arguments, obj, index);
                    var result = resolver(context);
                    if (!result.IsCompleted)
                    {
                        AddPending(result.AsTask(), obj, index, field.Type, field);
                        return true;
                    }

                    context.Clear();
                    _spareContext = context;
                    value = result.Result;
                }
                else
                {
                    value = field.PureResolver is { } p ? p(source) : field.ReadDefault(source);
                }
            }
        }
        catch (Exception exception)
        {
            ThrowIfAborted();
            return HandleFieldError(CreateError(exception, field, obj, index), obj, index, field.Type);
        }

        return CompleteField(obj, index, field.Type, field, value);
    }

    /// <summary>
    /// Completes <paramref name="value"/> into a slot; the slot is a field or a list item, where graphql-js
    /// handles field errors. False when the slot's type is non-null and the value could not be completed.
    /// </summary>
    private bool CompleteField(ResultNode container, int index, Types.GraphQLType type, FieldPlan field, object? value)
    {
        if (value is Task<object?> task)
        {
            if (!task.IsCompleted)
            {
                AddPending(task, container, index, type, field);
                return true;
            }

            if (!task.IsCompletedSuccessfully)
            {
                ThrowIfAborted();
                return HandleFieldError(
                    CreateError(task.Exception?.InnerException ?? new TaskCanceledException(task), field, container, index),
                    container,
                    index,
                    type);
            }

            value = task.Result;
        }

        if (!Complete(container, index, type, field, value, type is not Types.NonNullType, out var completed))
        {
            return HandleFieldError(_error!, container, index, type);
        }

        container.Set(index, completed);
        return true;
    }

    /// <summary>
    /// Once the request is aborted or timed out, a failing resolver ends the request, not just its field, whatever it
    /// threw (a database answers a cancelled command with its own error: SQLite "interrupted", SqlClient "Operation
    /// cancelled by user").
    /// </summary>
    private void ThrowIfAborted()
    {
        if (_timeout is { IsCancellationRequested: true } aborted)
        {
            throw new OperationCanceledException(aborted.Token);
        }
    }

    private IReadOnlyDictionary<string, object?> Arguments(FieldPlan field)
    {
        if (field.ArgumentsAreConstant)
        {
            return field.ConstantArguments ?? throw new ArgumentErrorException(field.ConstantArgumentError!);
        }

        return field.CoerceArguments(Variables, _options.HideSuggestions, out var error) ?? throw new ArgumentErrorException(error!);
    }
}

/// <summary>An argument of a field could not be coerced; a field error located at the offending value.</summary>
internal sealed class ArgumentErrorException(Values.ArgumentError error) : GraphQLException(error.Message)
{
    public Values.ArgumentError Error { get; } = error;
}
