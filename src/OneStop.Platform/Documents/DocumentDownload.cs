using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace OneStop.Platform.Documents;

/// <summary>
/// A printed document is shown in the browser (inline) yet saved under its Chinese name (受理通知书-4401….pdf);
/// old clients get the ASCII fallback. Path separators, quotes and characters no file system takes become "_", since
/// the name usually carries user-typed text (an item's or an applicant's name).
/// </summary>
public static class DocumentDownload
{
    public static void Inline(HttpResponse response, string fileName, string asciiFallback)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline")
        {
            FileName = asciiFallback,
            FileNameStar = SafeFileName(fileName),
        }.ToString();
    }

    public static string SafeFileName(string name) =>
        new(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '"' or '\\' or '/' || char.IsControl(c) ? '_' : c).ToArray());
}
