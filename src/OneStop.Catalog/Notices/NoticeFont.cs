using System.Text;
using SkiaSharp;

namespace OneStop.Catalog.Notices;

/// <summary>One size of notice text: each run of characters is drawn with the embedded face that has its glyphs.</summary>
internal sealed class NoticeFont(NoticeFonts faces, float size) : IDisposable
{
    private readonly SKFont _chinese = new(faces.Chinese, size);
    private readonly SKFont _latin = new(faces.Latin, size);

    public float Size => size;
    public float LineHeight => size * 1.6f;

    public float Measure(string text) => Runs(text).Sum(r => r.Font.MeasureText(r.Text));

    public void Draw(SKCanvas canvas, string text, float x, float baseline, SKPaint paint)
    {
        foreach (var (run, font) in Runs(text))
        {
            canvas.DrawText(run, x, baseline, font, paint);
            x += font.MeasureText(run);
        }
    }

    private IEnumerable<(string Text, SKFont Font)> Runs(string text)
    {
        var run = new StringBuilder();
        SKFont? current = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var font = rune.Value == ' ' || faces.Chinese.ContainsGlyph(rune.Value) ? _chinese : _latin;
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
