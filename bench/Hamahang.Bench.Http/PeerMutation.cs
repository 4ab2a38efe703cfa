using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.Data;

namespace Hamahang.Bench.Http;

/// <summary>The benchmarked mutation in GraphQL.NET 8.8.5: <c>fileFinding</c> over <see cref="PeerWrites"/>, with Hamahang's payload shape.</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Field<NonNullGraphType<FileFindingPayloadType>>("fileFinding")
            .Argument<NonNullGraphType<FileFindingInputType>>("input")
            .ResolveAsync(async c => (object?)await FileAsync(c));
    }

    private static Task<FiledFinding> FileAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        var inspectionId = (string)input["inspectionId"]!;
        var (type, key) = NodeId.Decode(inspectionId);
        if (type != nameof(Inspection) || !int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var inspection))
        {
            return Task.FromResult(new FiledFinding(null, "NotFoundError", $"There is no Inspection with the id \"{inspectionId}\"."));
        }

        var db = context.RequestServices!.GetRequiredService<AppDbContext>();
        return PeerWrites.FileFindingAsync(db, new FindingInput(inspection, (FindingCategory)input["category"]!, (FindingSeverity)input["severity"]!,
            (FindingChannel)input["channel"]!, (string)input["title"]!, (string?)input.GetValueOrDefault("description"),
            (string?)input.GetValueOrDefault("location"), input.GetValueOrDefault("isConfidential") is true), context.CancellationToken);
    }
}

internal sealed class FileFindingInputType : InputObjectGraphType
{
    public FileFindingInputType()
    {
        Name = "FileFindingInput";
        Field<NonNullGraphType<IdGraphType>>("inspectionId");
        Field<NonNullGraphType<EnumerationGraphType<FindingCategory>>>("category");
        Field<NonNullGraphType<EnumerationGraphType<FindingSeverity>>>("severity");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("description");
        Field<StringGraphType>("location");
        Field<NonNullGraphType<FindingChannelType>>("channel");
        Field<NonNullGraphType<BooleanGraphType>>("isConfidential").DefaultValue(false);
    }
}

// Hamahang's names: OVERSIGHT1888 and URGENT137, where GraphQL.NET's constant case would split off the digits.
internal sealed class FindingChannelType : EnumerationGraphType<FindingChannel>
{
    protected override string ChangeEnumCase(string val) => val.ToUpperInvariant();
}

internal sealed class FileFindingPayloadType : ObjectGraphType<FiledFinding>
{
    public FileFindingPayloadType()
    {
        Name = "FileFindingPayload";
        Field<FindingType>("finding").Resolve(c => c.Source.Id is null ? null : c.Source);
        Field<ListGraphType<NonNullGraphType<FileFindingErrorType>>>("errors").Resolve(c => c.Source.ErrorType is null ? null : new[] { c.Source });
    }
}

internal sealed class FindingType : ObjectGraphType<FiledFinding>
{
    public FindingType()
    {
        Name = "Finding";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => NodeId.Encode(nameof(Finding), c.Source.Id!.Value));
        // A finding is filed FILED; the peers answer nothing else.
        Field<NonNullGraphType<EnumerationGraphType<FindingStatus>>>("status").Resolve(_ => FindingStatus.Filed);
    }
}

internal sealed class FileFindingErrorType : UnionGraphType
{
    public FileFindingErrorType()
    {
        Name = "FileFindingError";
        Type<NotFoundErrorType>();
        Type<DomainRuleErrorType>();
    }
}

internal sealed class NotFoundErrorType : ObjectGraphType<FiledFinding>
{
    public NotFoundErrorType() => PayloadError.Define(this, "NotFoundError");
}

internal sealed class DomainRuleErrorType : ObjectGraphType<FiledFinding>
{
    public DomainRuleErrorType() => PayloadError.Define(this, "DomainRuleError");
}

/// <summary>A payload error type, named as Hamahang names it, for the <see cref="FiledFinding"/> whose error it is.</summary>
internal static class PayloadError
{
    public static void Define(ObjectGraphType<FiledFinding> type, string name)
    {
        type.Name = name;
        type.IsTypeOf = value => value is FiledFinding { ErrorType: var error } && error == name;
        type.Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
    }
}
