using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;

namespace Hamahang.Workshop.Tests.Speakers;

[MutationType]
public static class SpeakerMutations
{
    public static async Task<Speaker> AddSpeakerAsync(
        string name,
        string? bio,
        string? website,
        [Service] WorkshopDbContext dbContext,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        var speaker = new Speaker { Name = name, Bio = bio, Website = website };
        dbContext.Speakers.Add(speaker);
        await dbContext.SaveChangesAsync(cancellationToken);
        return speaker;
    }
}
