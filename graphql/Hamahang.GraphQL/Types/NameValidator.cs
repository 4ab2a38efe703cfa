namespace Hamahang.GraphQL.Types;

/// <summary>
/// Checks names against the grammar: "Name :: NameStart NameContinue*", letters, digits and
/// underscores, not starting with a digit. See https://spec.graphql.org/September2025/#Name.
/// </summary>
public static class NameValidator
{
    /// <summary>True when <paramref name="name"/> is a valid GraphQL name.</summary>
    /// <param name="name">The candidate name.</param>
    public static bool IsValidName(string? name)
    {
        if (string.IsNullOrEmpty(name) || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws with graphql-js's <c>assertName</c> message when the name is invalid.</summary>
    /// <param name="name">The candidate name.</param>
    public static void AssertName(string? name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            throw new ArgumentException("Expected name to be a non-empty string.", nameof(name));
        }

        if (!IsValidName(name))
        {
            throw new ArgumentException(
                char.IsAsciiDigit(name[0])
                    ? $"Names must start with [_a-zA-Z] but \"{name}\" does not."
                    : $"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.",
                nameof(name));
        }
    }
}
