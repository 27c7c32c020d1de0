using System.Text.RegularExpressions;

namespace OneStop.Hotline.Classification;

/// <summary>
/// The text as the model sees it, the same when training and when suggesting. The message board anonymised places
/// ("A市", "D12市", "A3区") and texts are full of numbers (addresses, amounts, dates): neither says anything about
/// the category, so each is folded to one token and stops splitting the character n-grams.
/// </summary>
internal static partial class AppealText
{
    public static string Normalize(string text)
    {
        text = AnonymisedPlace().Replace(text, "Ａ");
        return Digits().Replace(text, "0");
    }

    [GeneratedRegex(@"[A-Z]\d{0,2}(?=[市区县镇])")]
    private static partial Regex AnonymisedPlace();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
