namespace Hamahang.Api.Inspections;

/// <summary>The outbox event of a filed finding: subscribers load the finding (if they may see it) by its key.</summary>
public sealed record FindingFiledEvent(int FindingId, int District, bool IsConfidential);

public static class FindingEvents
{
    public static string FiledTopic(int district) => $"findingFiled:{district}";
}
