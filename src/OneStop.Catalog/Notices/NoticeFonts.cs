using SkiaSharp;

namespace OneStop.Catalog.Notices;

/// <summary>
/// Typefaces come from this assembly, never from the system, so a server without CJK fonts prints the same notice
/// as a developer's machine. Droid Sans Fallback has the Chinese glyphs but no Latin letters, digits or ASCII
/// punctuation, which DejaVu Sans supplies.
/// </summary>
internal static class NoticeFonts
{
    private static readonly Lazy<SKTypeface> ChineseFace = new(() => Load("DroidSansFallbackFull.ttf"));
    private static readonly Lazy<SKTypeface> LatinFace = new(() => Load("DejaVuSans.ttf"));

    public static SKTypeface Chinese => ChineseFace.Value;
    public static SKTypeface Latin => LatinFace.Value;

    private static SKTypeface Load(string name)
    {
        using var stream = typeof(NoticeFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font {name} is missing from the build.");
        // The typeface keeps the data alive for the life of the process; it is loaded once.
        return SKTypeface.FromData(SKData.Create(stream))
            ?? throw new InvalidOperationException($"The embedded font {name} could not be read.");
    }
}
