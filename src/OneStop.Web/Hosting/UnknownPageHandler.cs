using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using OneStop.Platform.Errors;

namespace OneStop.Web.Hosting;

/// <summary>
/// A form posted to a page without a handler it has (no handler, or a name the page does not know: a tampered or
/// stale form) is refused with a Chinese error page. Razor Pages would otherwise render the page without running
/// any handler, and a page whose GET loads its model then fails on the missing model (a 500).
/// </summary>
internal sealed class UnknownPageHandler : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
            throw new DomainException(StatusCodes.Status400BadRequest, "page.unknown-action", "无法识别的操作",
                "该页面没有这个操作，请返回页面后重新操作。");
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }
}
