using System.Buffers;
using System.Text.Json;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution.Results;

namespace Hamahang.GraphQL.Execution;

/// <summary>
/// The response to one request (or one subscription event): "A response to a GraphQL request must be a
/// map" with <c>errors</c>, <c>data</c> and <c>extensions</c>. A request error (a syntax or validation
/// error, an unknown operation, invalid variables) leaves <c>data</c> out; a field error that reaches the
/// root makes it null. Written as UTF-8 JSON by <see cref="WriteTo(Utf8JsonWriter)"/> straight from the
/// executor's result, without building a dictionary per object.
/// See https://spec.graphql.org/September2025/#sec-Response.
/// </summary>
public sealed class ExecutionResult
{
    private object? _data;
    private bool _dataMaterialized;

    internal ExecutionResult(bool hasData, object? dataNode, IReadOnlyList<GraphQLError> errors)
    {
        HasData = hasData;
        DataNode = dataNode;
        Errors = errors;
    }

    /// <summary>A result with only errors and no <c>data</c> entry ("request error").</summary>
    /// <param name="errors">The request errors.</param>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(false, null, errors ?? throw new ArgumentNullException(nameof(errors)));

    /// <summary>True when the response has a <c>data</c> entry (execution started).</summary>
    public bool HasData { get; }

    /// <summary>The errors, in the order they were raised; empty when there are none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Entries of the response's <c>extensions</c> map, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>This result with <paramref name="extensions"/> added to its <c>extensions</c> map (an entry of the same key is replaced).</summary>
    /// <param name="extensions">The entries to add.</param>
    public ExecutionResult WithExtensions(IReadOnlyDictionary<string, object?> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        var merged = Extensions is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(Extensions, StringComparer.Ordinal);
        foreach (var (key, value) in extensions)
        {
            merged[key] = value;
        }

        return new ExecutionResult(HasData, DataNode, Errors) { Extensions = merged };
    }

    /// <summary>
    /// The data as plain CLR values: maps are <see cref="Dictionary{TKey, TValue}"/> of string to object in response
    /// order, lists are <see cref="List{T}"/>; null when absent or null. Built on first access (writing JSON does not need it).
    /// </summary>
    public object? Data
    {
        get
        {
            if (!_dataMaterialized)
            {
                _data = Materialize(DataNode);
                _dataMaterialized = true;
            }

            return _data;
        }
    }

    /// <summary>The root result node (or null).</summary>
    internal object? DataNode { get; }

    /// <summary>Writes the response as JSON.</summary>
    /// <param name="writer">The writer; it should escape no more than JSON requires.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ResultWriter.Write(writer, this);
    }

    /// <summary>Writes the response as UTF-8 JSON to <paramref name="output"/>.</summary>
    /// <param name="output">The buffer to write to.</param>
    public void WriteTo(IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output, ResultWriter.Options);
        ResultWriter.Write(writer, this);
    }

    /// <summary>Writes the response as UTF-8 JSON to <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task WriteToAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        WriteTo(buffer);
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The response as a JSON string.</summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        WriteTo(buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <inheritdoc />
    public override string ToString() => ToJson();

    private static object? Materialize(object? value)
    {
        switch (value)
        {
            case ResultObject obj:
                var map = new Dictionary<string, object?>(obj.Values.Length, StringComparer.Ordinal);
                for (var i = 0; i < obj.Values.Length; i++)
                {
                    map[obj.Plan.Fields[i].ResponseName] = Materialize(obj.Values[i]);
                }

                return map;
            case ResultList list:
                var items = new List<object?>(list.Items.Length);
                foreach (var item in list.Items)
                {
                    items.Add(Materialize(item));
                }

                return items;
            default:
                return value;
        }
    }
}
