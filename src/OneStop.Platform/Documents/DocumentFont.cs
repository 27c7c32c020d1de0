using System.Text;
using SkiaSharp;

namespace OneStop.Platform.Documents;

/// <summary>
/// One size of document text: each run of characters is drawn with the embedded face that has its glyphs. The fonts
/// have no bold cut, so bold is Skia's synthetic emboldening (the PDF strokes the outline; the text stays text).
/// </summary>
public sealed class DocumentFont : IDisposable
{
    private readonly SKFont _chinese;
    private readonly SKFont _latin;

    internal DocumentFont(DocumentFonts faces, float size, bool bold = false)
    {
        Size = size;
        _chinese = new(faces.Chinese, size) { Embolden = bold };
        _latin = new(faces.Latin, size) { Embolden = bold };
    }

    public float Size { get; }
    public float LineHeight => Size * 1.6f;

    public float Measure(string text) => Runs(text).Sum(r => r.Font.MeasureText(r.Text));

    internal void Draw(SKCanvas canvas, string text, float x, float baseline, SKPaint paint)
    {
        foreach (var (run, font) in Runs(text))
        {
            canvas.DrawText(run, x, baseline, font, paint);
            x += font.MeasureText(run);
        }
    }

    /// <summary>
    /// 缺字符号: printed in place of a character neither embedded font has (a 生僻字 of CJK Extension B and later, an
    /// emoji). Dropped, the name would print as another name (刘𠮷祎 as 刘祎); marked, a reader sees a character is
    /// missing and the record holds it. Every printed subset holds this glyph.
    /// </summary>
    public const int Missing = '〓';

    private IEnumerable<(string Text, SKFont Font)> Runs(string text)
    {
        var run = new StringBuilder();
        SKFont? current = null;
        foreach (var found in text.EnumerateRunes())
        {
            var rune = found;
            // Coverage by the whole fonts: the printing pass's subsets hold only what the layout pass printed.
            SKFont font;
            if (rune.Value == ' ' || DocumentFonts.Whole.Chinese.ContainsGlyph(rune.Value)) font = _chinese;
            else if (DocumentFonts.Whole.Latin.ContainsGlyph(rune.Value) || Rune.IsControl(rune)) font = _latin;
            else
            {
                rune = new Rune(Missing);
                font = _chinese;
            }
            if (current is not null && font != current)
            {
                yield return (run.ToString(), current);
                run.Clear();
            }
            current = font;
            run.Append(rune.ToString());
        }
        if (current is not null) yield return (run.ToString(), current);
    }

    public void Dispose()
    {
        _chinese.Dispose();
        _latin.Dispose();
    }
}
