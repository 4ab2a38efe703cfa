using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Types.Mutations;

// Mutations added to the mutation root by a type extension, with XML documentation (read as descriptions),
// a default value, an exception hierarchy and a mutation that opts out.
#pragma warning disable CA1032, CA1064, CA1822

public class DomainException(string message) : Exception(message)
{
    public string Code => "DOMAIN";
}

public sealed class LockedException() : DomainException("The inspection is locked.")
{
    public bool Locked => true;
}

public sealed class CloseInspectionPayload
{
    public int InspectionId { get; init; }

    public string Status => "CLOSED";
}

[ExtendObjectType("Mutation")]
public sealed class InspectionMutations
{
    /// <summary>Files a finding.</summary>
    /// <param name="inspectionId">The inspection the finding belongs to.</param>
    /// <param name="context">The executor's context, with the request's DataLoaders.</param>
    /// <param name="severity">How severe, 1 to 5.</param>
    [Error(typeof(DomainException))]
    public int FileFinding(int inspectionId, IResolverContext context, int severity = 3) =>
        inspectionId == 0 ? throw new LockedException() : context.DataLoaders() is null ? -1 : severity;

    [Error(typeof(DomainException))]
    public CloseInspectionPayload CloseInspection(int inspectionId) =>
        inspectionId == 0 ? throw new LockedException() : new() { InspectionId = inspectionId };

    [UseMutationConvention(Disable = true)]
    public string Echo(string text) => text;
}
