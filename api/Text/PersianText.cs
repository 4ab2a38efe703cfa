using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace Hamahang.Api.Text;

/// <summary>
/// The search key of Persian text: the form every searchable column is stored in (a shadow
/// column) and every search term is brought to, so that spellings a reader takes for the same
/// word compare equal. It is a key for comparison, never text to display.
/// </summary>
/// <remarks>
/// <para>In one pass, <see cref="Normalize"/>:</para>
/// <list type="bullet">
/// <item>maps Arabic yeh ي and alef maksura ى to Persian yeh ی, and Arabic kaf ك to Persian keheh ک;</item>
/// <item>maps teh marbuta ة, heh with yeh above ۀ and ae ە to heh ه (writers use «خانهٔ», «خانۀ» and
/// «خانه» for one word; the hamza above in «هٔ» goes with the diacritics);</item>
/// <item>drops the hamza carried by alef, waw and yeh: أ إ ٱ to ا, ؤ to و, ئ to ی (the seeds write both
/// «تأکید» and «تاکید», «مؤسسه» is also written «موسسه», «رئیس» also «رییس»); alef with madda آ and a lone
/// hamza ء stay, since they tell words apart;</item>
/// <item>maps Persian (۰–۹) and Arabic-Indic (٠–٩) digits to ASCII 0–9;</item>
/// <item>removes ZWNJ and ZWJ, the other zero-width and bidirectional marks (U+200B–U+200F, U+202A–U+202E,
/// U+2060–U+2064, U+2066–U+2069, U+061C, U+FEFF, soft hyphen U+00AD), tatweel ـ and the Arabic
/// diacritics and Quranic marks (U+0610–U+061A, U+064B–U+065F, U+0670, U+06D6–U+06ED);</item>
/// <item>removes all white space (any <see cref="char.IsWhiteSpace(char)"/>, no-break space included).</item>
/// </list>
/// <para>People join the parts of one word with a ZWNJ, a space or nothing, and the seeds do all three
/// («هم‌اندیشی», «هم اندیشی», «هماندیشی»; «اخ‌الصنایع», «اخ الصنایع»), and nothing in the text tells a
/// space inside a word from a space between words. So the key keeps no word boundary at all: the three
/// spellings share one key. The price is that a term may match across a boundary («دوام» finds
/// «دو امدادگر»); nothing that matched before stops matching, since dropping the same characters from the
/// text and the term keeps every old match. Arabic presentation forms (U+FB50–U+FEFC) are left as they are.</para>
/// </remarks>
public static class PersianText
{
    // Above this many characters the output buffer is rented rather than taken from the stack.
    private const int StackLimit = 256;

    // What Map returns for a character the key drops (white space among them).
    private const int Removed = -1;

    /// <summary>
    /// Brings <paramref name="text"/> to its search key (see <see cref="PersianText"/>). Returns null for
    /// null, and the very same instance when the text is already normal (no allocation).
    /// </summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var first = FirstChange(text);
        if (first == text.Length)
        {
            return text;
        }

        // Every change keeps or shortens the text, so the input's length bounds the output.
        char[]? rented = null;
        Span<char> buffer = text.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            text.AsSpan(0, first).CopyTo(buffer);
            var length = first;
            for (var i = first; i < text.Length; i++)
            {
                var c = Map(text[i]);
                if (c != Removed)
                {
                    buffer[length++] = (char)c;
                }
            }

            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // The index of the first character the key changes, or the length when there is none.
    private static int FirstChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Map(text[i]) != text[i])
            {
                return i;
            }
        }

        return text.Length;
    }

    // One character's image: itself, another character, or Removed.
    private static int Map(char c)
    {
        if (c < '\u0080')
        {
            return c is ' ' or (>= '\t' and <= '\r') or (>= '\u001C' and <= '\u001F') ? Removed : c;
        }

        if (c is >= '\u0600' and <= '\u06FF')
        {
            return MapArabic(c);
        }

        return c switch
        {
            '\u00AD' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E')
                or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u2069') or '\uFEFF' => Removed,
            _ when char.IsWhiteSpace(c) => Removed,
            _ => c,
        };
    }

    private static int MapArabic(char c) => c switch
    {
        '\u064A' or '\u0649' or '\u0626' => '\u06CC', // ي ى ئ → ی
        '\u0643' => '\u06A9', // ك → ک
        '\u0629' or '\u06C0' or '\u06D5' => '\u0647', // ة ۀ ە → ه
        '\u0623' or '\u0625' or '\u0671' => '\u0627', // أ إ ٱ → ا
        '\u0624' => '\u0648', // ؤ → و
        >= '\u06F0' and <= '\u06F9' => '0' + (c - '\u06F0'),
        >= '\u0660' and <= '\u0669' => '0' + (c - '\u0660'),
        '\u0640' or '\u061C' or (>= '\u0610' and <= '\u061A') or (>= '\u064B' and <= '\u065F') or '\u0670'
            or (>= '\u06D6' and <= '\u06DC') or (>= '\u06DF' and <= '\u06E4') or '\u06E7' or '\u06E8'
            or (>= '\u06EA' and <= '\u06ED') => Removed,
        _ => c,
    };
}
