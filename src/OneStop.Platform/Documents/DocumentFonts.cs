using SkiaSharp;

namespace OneStop.Platform.Documents;

/// <summary>
/// Typefaces come from this assembly, never from the system, so a server without CJK fonts prints the same document
/// as a developer's machine. Droid Sans Fallback has the Chinese glyphs but no Latin letters, digits or ASCII
/// punctuation, which DejaVu Sans supplies. A document is laid out with the whole fonts and printed with subsets
/// holding only its characters (<see cref="FontSubset"/>): the metrics of a glyph do not change when cut out.
/// </summary>
internal sealed class DocumentFonts : IDisposable
{
    private static readonly Lazy<EmbeddedFont> ChineseFont = new(() => new("DroidSansFallbackFull.ttf"));
    private static readonly Lazy<EmbeddedFont> LatinFont = new(() => new("DejaVuSans.ttf"));

    /// <summary>The whole embedded fonts, shared for the life of the process: for layout only, never printed.</summary>
    public static DocumentFonts Whole { get; } = new(ChineseFont.Value.Face, LatinFont.Value.Face, owns: false);

    private readonly bool _owns;

    private DocumentFonts(SKTypeface chinese, SKTypeface latin, bool owns)
    {
        Chinese = chinese;
        Latin = latin;
        _owns = owns;
    }

    public SKTypeface Chinese { get; }
    public SKTypeface Latin { get; }

    /// <summary>Both fonts cut down to <paramref name="characters"/>; a font HarfBuzz cannot cut is kept whole.</summary>
    public static DocumentFonts SubsetFor(IReadOnlySet<int> characters) =>
        new(ChineseFont.Value.Subset(characters), LatinFont.Value.Subset(characters), owns: true);

    public void Dispose()
    {
        if (!_owns) return;
        if (Chinese != ChineseFont.Value.Face) Chinese.Dispose();
        if (Latin != LatinFont.Value.Face) Latin.Dispose();
    }

    private sealed class EmbeddedFont
    {
        private readonly FontSubset _subsetter;

        public EmbeddedFont(string name)
        {
            using var stream = typeof(DocumentFonts).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The embedded font {name} is missing from the build.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            // The typeface keeps the data alive for the life of the process; it is loaded once.
            Face = SKTypeface.FromData(SKData.CreateCopy(bytes))
                ?? throw new InvalidOperationException($"The embedded font {name} could not be read.");
            _subsetter = new FontSubset(bytes);
        }

        public SKTypeface Face { get; }

        public SKTypeface Subset(IReadOnlySet<int> characters)
        {
            byte[]? bytes;
            lock (_subsetter) bytes = _subsetter.Keep(characters);
            return bytes is null ? Face : SKTypeface.FromData(SKData.CreateCopy(bytes)) ?? Face;
        }
    }
}
