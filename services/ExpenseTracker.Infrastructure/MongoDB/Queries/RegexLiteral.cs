using System.Text;

namespace ExpenseTracker.Infrastructure.MongoDB.Queries;

internal static class RegexLiteral
{
    /// <summary>
    /// A pattern matching <paramref name="text"/> literally: every ASCII character that is not a letter or digit is
    /// escaped, which PCRE always reads as that character itself (so "c++" or "50%" are searched as typed).
    /// </summary>
    public static string Escape(string text)
    {
        var pattern = new StringBuilder(text.Length * 2);
        foreach (var character in text)
        {
            if (char.IsAscii(character) && !char.IsAsciiLetterOrDigit(character))
            {
                pattern.Append('\\');
            }

            pattern.Append(character);
        }

        return pattern.ToString();
    }
}
