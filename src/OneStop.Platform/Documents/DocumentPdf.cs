namespace OneStop.Platform.Documents;

/// <summary>
/// Prints a document that <paramref name="fill"/> writes onto A4 pages, with the embedded fonts cut down to the
/// characters it prints. Any module's printable document (the catalog's 一次性告知单, a case's 受理通知书) is made here.
/// </summary>
public static class DocumentPdf
{
    public static byte[] Render(string title, Action<DocumentPages, DocumentStyles> fill)
    {
        // Twice: laid out with the whole fonts to learn the characters and the page count, then printed with fonts
        // holding only those characters (the same metrics, so the same lines and pages), which keeps a one-page
        // document in the tens of KB.
        HashSet<int> characters;
        int pages;
        using (var styles = new DocumentStyles(DocumentFonts.Whole))
        using (var layout = new DocumentPages(null, title, DocumentFonts.Whole))
        {
            fill(layout, styles);
            layout.Close();
            characters = layout.Characters;
            pages = layout.PageCount;
        }
        using var output = new MemoryStream();
        using (var faces = DocumentFonts.SubsetFor(characters))
        using (var styles = new DocumentStyles(faces))
        using (var w = new DocumentPages(output, title, faces, pages))
        {
            fill(w, styles);
            w.Close();
        }
        return output.ToArray();
    }
}
