using System.Text;

namespace OneStop.Catalog.Search;

/// <summary>Folds what people type into one form: half-width, lower case, no spaces or punctuation.</summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var c = ch switch
            {
                '\u3000' => ' ',
                >= '\uff01' and <= '\uff5e' => (char)(ch - 0xfee0),
                _ => ch,
            };
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>Overlapping character pairs: Chinese has no spaces, and pairs match partial names and word order.</summary>
    public static IEnumerable<string> Bigrams(string normalized)
    {
        if (normalized.Length == 1) yield return normalized;
        for (var i = 0; i + 1 < normalized.Length; i++) yield return normalized.Substring(i, 2);
    }
}
