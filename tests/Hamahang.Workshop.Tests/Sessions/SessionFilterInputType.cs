using Hamahang.GraphQL.Data;
using Hamahang.Workshop.Tests.Data;

namespace Hamahang.Workshop.Tests.Sessions;

/// <summary>The workshop's filter on sessions: their text and times, not their ids.</summary>
public sealed class SessionFilterInputType : FilterInputType<Session>
{
    protected override void Configure(IFilterInputTypeDescriptor<Session> descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.BindFieldsExplicitly();

        descriptor.Field(s => s.Title);
        descriptor.Field(s => s.Abstract);
        descriptor.Field(s => s.StartTime);
        descriptor.Field(s => s.EndTime);
    }
}
