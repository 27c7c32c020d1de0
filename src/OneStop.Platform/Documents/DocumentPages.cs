using SkiaSharp;

namespace OneStop.Platform.Documents;

public enum LineAlignment { Left, Centre, Right }

/// <summary>
/// A paragraph of one font: wrapped to the column less <paramref name="Indent"/>; the first line of each of its
/// paragraphs (its own line breaks) is further in by <paramref name="FirstLineIndent"/>.
/// </summary>
public sealed record DocumentLine(string Text, DocumentFont Font, float Indent = 0, LineAlignment Alignment = LineAlignment.Left,
    float FirstLineIndent = 0);

/// <summary>
/// A4 pages filled top to bottom; a block that does not fit on what is left of a page starts the next one. Without an
/// output stream the pages are only laid out (drawn to a throwaway recording) to learn which characters they print
/// and how many pages there are, so that the printed pages can say "第 1 页 共 2 页".
/// </summary>
public sealed class DocumentPages : IDisposable
{
    private const float Width = 595, Height = 842, Margin = 56;
    private const float Bottom = Height - Margin;
    public const float Column = Width - 2 * Margin;

    private readonly SKDocument? _document;
    private readonly SKPictureRecorder? _layoutOnly;
    private readonly int? _totalPages;
    private readonly DocumentFont _pageNumber;
    private readonly SKPaint _ink = new() { Color = SKColors.Black, IsAntialias = true };
    private readonly SKPaint _grey = new() { Color = new SKColor(0x66, 0x66, 0x66), IsAntialias = true, StrokeWidth = 0.8f };
    private SKCanvas? _canvas;
    private float _y;

    /// <summary>One piece of text at a horizontal position; a band is the pieces that share a baseline.</summary>
    private sealed record Piece(string Text, DocumentFont Font, float X);

    internal DocumentPages(Stream? output, string title, DocumentFonts faces, int? totalPages = null)
    {
        _pageNumber = new(faces, 9);
        _totalPages = totalPages;
        Characters.UnionWith(title.EnumerateRunes().Select(r => r.Value));
        Characters.Add(DocumentFont.Missing);
        if (output is null) _layoutOnly = new SKPictureRecorder();
        else _document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = title, Creator = "OneStop", Producer = "OneStop" })
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
    }

    /// <summary>Every character drawn so far (and the title's): what the printed fonts must hold.</summary>
    internal HashSet<int> Characters { get; } = [];

    /// <summary>Pages begun so far; after <see cref="Close"/>, the document's page count.</summary>
    internal int PageCount { get; private set; }

    /// <summary>Writes the paragraphs, keeping them on one page when they fit on one.</summary>
    public void Write(params DocumentLine[] together) => Place(together.SelectMany(Bands).ToList());

    /// <summary>
    /// A label and its value side by side (a 1. before a list item, 名称： before a field's value): the label wrapped
    /// in <paramref name="labelWidth"/>, the value in the rest of the column, so continuation lines stay under the value.
    /// </summary>
    public void Row(string label, string value, DocumentFont font, float labelWidth, float indent = 0)
    {
        var labels = LineWrapper.Wrap(label, font, labelWidth);
        var values = LineWrapper.Wrap(value, font, Column - indent - labelWidth);
        var bands = new List<Piece[]>();
        for (var i = 0; i < Math.Max(labels.Count, values.Count); i++)
        {
            var band = new List<Piece>();
            if (i < labels.Count) band.Add(new(labels[i], font, Margin + indent));
            if (i < values.Count) band.Add(new(values[i], font, Margin + indent + labelWidth));
            bands.Add([.. band]);
        }
        Place(bands);
    }

    public void Space(float points) => _y += points;

    public void Rule()
    {
        Ensure(8);
        _canvas!.DrawLine(Margin, _y + 4, Width - Margin, _y + 4, _grey);
        _y += 8;
    }

    private IEnumerable<Piece[]> Bands(DocumentLine p)
    {
        var width = Column - p.Indent;
        foreach (var paragraph in LineWrapper.Paragraphs(p.Text))
        {
            var first = true;
            foreach (var text in LineWrapper.Wrap(paragraph, p.Font, width, p.FirstLineIndent))
            {
                var indent = p.Indent + (first ? p.FirstLineIndent : 0);
                var free = Column - indent - p.Font.Measure(text);
                var x = Margin + indent + p.Alignment switch { LineAlignment.Centre => free / 2, LineAlignment.Right => free, _ => 0 };
                first = false;
                yield return [new(text, p.Font, x)];
            }
        }
    }

    private static float HeightOf(Piece[] band) => band.Length == 0 ? 0 : band.Max(p => p.Font.LineHeight);

    private void Place(List<Piece[]> bands)
    {
        var height = bands.Sum(HeightOf);
        if (height <= Bottom - Margin) Ensure(height);
        foreach (var band in bands)
        {
            var lineHeight = HeightOf(band);
            Ensure(lineHeight);
            foreach (var piece in band)
            {
                Characters.UnionWith(piece.Text.EnumerateRunes().Select(r => r.Value));
                // The baseline sits about a fifth of the line height above the line's bottom, leaving room for descenders.
                piece.Font.Draw(_canvas!, piece.Text, piece.X, _y + lineHeight * 0.78f, _ink);
            }
            _y += lineHeight;
        }
    }

    private void Ensure(float height)
    {
        if (_canvas is not null && _y + height <= Bottom) return;
        EndPage();
        _canvas = _document?.BeginPage(Width, Height) ?? _layoutOnly!.BeginRecording(new SKRect(0, 0, Width, Height));
        PageCount++;
        _y = Margin;
    }

    private void EndPage()
    {
        if (_canvas is null) return;
        // The layout pass does not know the total yet and prints the page's own number in its place: the last page
        // then carries the total's digits, so the printed fonts hold every character of every label.
        var label = $"第 {PageCount} 页 共 {_totalPages ?? PageCount} 页";
        Characters.UnionWith(label.EnumerateRunes().Select(r => r.Value));
        _pageNumber.Draw(_canvas, label, (Width - _pageNumber.Measure(label)) / 2, Height - Margin / 2, _grey);
        if (_document is null) _layoutOnly!.EndRecording().Dispose();
        else _document.EndPage();
        _canvas = null;
    }

    internal void Close()
    {
        if (PageCount == 0) Ensure(0);
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
