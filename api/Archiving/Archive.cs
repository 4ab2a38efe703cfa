namespace Hamahang.Api.Archiving;

/// <summary>
/// Organizations, people and sites are archived, never deleted: an archived record keeps every link
/// (meetings it attended, decisions it owns), is left out of lists unless asked for, and is restored as it was.
/// </summary>
public static class Archive
{
    public const string ArgumentDescription = "Include archived records (left out by default).";
}
