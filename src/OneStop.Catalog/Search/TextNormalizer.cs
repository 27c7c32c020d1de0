using System.Text;

namespace OneStop.Catalog.Search;

/// <summary>Folds what people type into one form: half-width, lower case, no spaces or punctuation.</summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        foreach (var original in text)
        {
            // Full-width forms (ＡＢＣ１２３) are what Chinese input methods produce for Latin letters and digits.
            var c = original is >= '\uff01' and <= '\uff5e' ? (char)(original - 0xfee0) : original;
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }
}
