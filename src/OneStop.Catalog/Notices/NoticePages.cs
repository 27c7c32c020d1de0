using SkiaSharp;

namespace OneStop.Catalog.Notices;

internal sealed record NoticeLine(string Text, NoticeFont Font, float Indent = 0, bool Centered = false);

/// <summary>
/// A4 pages filled top to bottom; a block that does not fit on what is left of a page starts the next one. Without an
/// output stream the pages are only laid out (drawn to a throwaway recording) to learn which characters they print.
/// </summary>
internal sealed class NoticePages : IDisposable
{
    private const float Width = 595, Height = 842, Margin = 56;
    private const float Bottom = Height - Margin;
    public const float Column = Width - 2 * Margin;

    private readonly SKDocument? _document;
    private readonly SKPictureRecorder? _layoutOnly;
    private readonly NoticeFont _pageNumber;
    private readonly SKPaint _ink = new() { Color = SKColors.Black, IsAntialias = true };
    private readonly SKPaint _grey = new() { Color = new SKColor(0x66, 0x66, 0x66), IsAntialias = true, StrokeWidth = 0.8f };
    private SKCanvas? _canvas;
    private float _y;
    private int _page;

    public NoticePages(Stream? output, string title, NoticeFonts faces)
    {
        _pageNumber = new(faces, 9);
        Characters.UnionWith(title.EnumerateRunes().Select(r => r.Value));
        if (output is null) _layoutOnly = new SKPictureRecorder();
        else _document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = title, Creator = "OneStop", Producer = "OneStop" })
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
    }

    /// <summary>Every character drawn so far (and the title's): what the printed fonts must hold.</summary>
    public HashSet<int> Characters { get; } = [];

    /// <summary>Writes the paragraphs, keeping them on one page when they fit on one.</summary>
    public void Write(params NoticeLine[] together)
    {
        var wrapped = together.SelectMany(p => LineWrapper.Wrap(p.Text, p.Font, Column - p.Indent).Select(l => p with { Text = l })).ToList();
        var height = wrapped.Sum(l => l.Font.LineHeight);
        if (height <= Bottom - Margin) Ensure(height);
        foreach (var line in wrapped)
        {
            Ensure(line.Font.LineHeight);
            Characters.UnionWith(line.Text.EnumerateRunes().Select(r => r.Value));
            var x = Margin + line.Indent + (line.Centered ? (Column - line.Indent - line.Font.Measure(line.Text)) / 2 : 0);
            // The baseline sits about a fifth of the line height above the line's bottom, leaving room for descenders.
            line.Font.Draw(_canvas!, line.Text, x, _y + line.Font.LineHeight * 0.78f, _ink);
            _y += line.Font.LineHeight;
        }
    }

    public void Space(float points) => _y += points;

    public void Rule()
    {
        Ensure(8);
        _canvas!.DrawLine(Margin, _y + 4, Width - Margin, _y + 4, _grey);
        _y += 8;
    }

    private void Ensure(float height)
    {
        if (_canvas is not null && _y + height <= Bottom) return;
        EndPage();
        _canvas = _document?.BeginPage(Width, Height) ?? _layoutOnly!.BeginRecording(new SKRect(0, 0, Width, Height));
        _page++;
        _y = Margin;
    }

    private void EndPage()
    {
        if (_canvas is null) return;
        var label = $"第 {_page} 页";
        Characters.UnionWith(label.EnumerateRunes().Select(r => r.Value));
        _pageNumber.Draw(_canvas, label, (Width - _pageNumber.Measure(label)) / 2, Height - Margin / 2, _grey);
        if (_document is null) _layoutOnly!.EndRecording().Dispose();
        else _document.EndPage();
        _canvas = null;
    }

    public void Close()
    {
        if (_page == 0) Ensure(0);
        EndPage();
        _document?.Close();
    }

    public void Dispose()
    {
        _document?.Dispose();
        _layoutOnly?.Dispose();
        _pageNumber.Dispose();
        _ink.Dispose();
        _grey.Dispose();
    }
}
