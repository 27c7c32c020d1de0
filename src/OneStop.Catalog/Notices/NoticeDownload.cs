using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace OneStop.Catalog.Notices;

/// <summary>Shown in the browser (inline) yet saved under a Chinese name; old clients get the ASCII fallback.</summary>
public static class NoticeDownload
{
    public static void Inline(HttpResponse response, string name, string asciiFallback)
    {
        var safe = new string(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '"' or '\\' or '/' ? '_' : c).ToArray());
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline")
        {
            FileName = asciiFallback,
            FileNameStar = $"{OneTimeNoticePdf.Title}-{safe}.pdf",
        }.ToString();
    }
}
