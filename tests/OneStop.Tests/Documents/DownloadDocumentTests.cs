using Microsoft.AspNetCore.Http;
using OneStop.Platform.Documents;

namespace OneStop.Tests.Documents;

public sealed class DownloadDocumentTests
{
    [Fact]
    public void A_downloaded_document_keeps_its_Chinese_name_without_path_or_quote_characters()
    {
        var context = new DefaultHttpContext();

        DocumentDownload.Inline(context.Response, "受理通知书-../../etc/\"passwd\"\t.pdf", "acceptance.pdf");

        var header = context.Response.Headers.ContentDisposition.ToString();
        Assert.StartsWith("inline", header);
        Assert.Contains("filename=acceptance.pdf", header);
        Assert.Contains("filename*=UTF-8''", header);
        var name = Uri.UnescapeDataString(header[(header.IndexOf("UTF-8''", StringComparison.Ordinal) + 7)..]);
        Assert.Equal("受理通知书-.._.._etc__passwd__.pdf", name);
    }
}
