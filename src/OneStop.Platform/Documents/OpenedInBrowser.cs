using Microsoft.AspNetCore.Builder;

namespace OneStop.Platform.Documents;

/// <summary>
/// Marks an /api download that pages link to (an uploaded file, a 受理通知书, a 决定书): a person opens it in the browser
/// itself, so when it fails — the session has ended, the case is not theirs — they get the Chinese error page with a
/// way to sign in, not the ProblemDetails JSON the rest of /api answers.
/// </summary>
public sealed class OpenedInBrowser
{
    public static readonly OpenedInBrowser Instance = new();

    private OpenedInBrowser()
    {
    }
}

public static class OpenedInBrowserExtensions
{
    public static RouteHandlerBuilder OpenedInBrowser(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(Documents.OpenedInBrowser.Instance);
}
