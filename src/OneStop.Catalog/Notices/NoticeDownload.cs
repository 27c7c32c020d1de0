using Microsoft.AspNetCore.Http;
using OneStop.Platform.Documents;

namespace OneStop.Catalog.Notices;

/// <summary>Shown in the browser (inline) yet saved as 一次性告知单-{name}.pdf; old clients get the ASCII fallback.</summary>
public static class NoticeDownload
{
    public static void Inline(HttpResponse response, string name, string asciiFallback) =>
        DocumentDownload.Inline(response, $"{OneTimeNoticePdf.Title}-{name}.pdf", asciiFallback);
}
