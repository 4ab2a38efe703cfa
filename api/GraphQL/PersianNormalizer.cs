using Hamahang.Api.Text;
using Hamahang.GraphQL.Data;

namespace Hamahang.Api.GraphQL;

/// <summary>
/// Normalises a client's search text as the shadow columns are normalised (<see cref="PersianText.Normalize"/>),
/// so <c>contains: "همافزايي"</c> finds «هم‌افزایی». Named by <c>[NormalizedSearch]</c> on searched properties.
/// </summary>
public sealed class PersianNormalizer : IStringNormalizer
{
    public string Description =>
        "Persian search: Arabic ي/ك match Persian ی/ک, Persian and Arabic-Indic digits match ASCII, ZWNJ, spaces and diacritics are ignored (words joined by " +
            "a ZWNJ, a space or nothing match each other).";

    public string Normalize(string value) => PersianText.Normalize(value) ?? string.Empty;
}
