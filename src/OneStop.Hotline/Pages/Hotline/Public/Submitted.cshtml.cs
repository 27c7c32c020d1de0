using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OneStop.Hotline.Pages.Hotline.Public;

/// <summary>
/// 受理回执 after the public form: the number and what happens next, from the form's redirect (TempData, kept on a
/// refresh). Nothing is looked up by an address parameter, so this page cannot be made to show anyone's request.
/// </summary>
public sealed class SubmittedModel : PageModel
{
    public string? Number { get; private set; }
    public string? Acknowledgment { get; private set; }
    public bool CanLookUp { get; private set; }

    public void OnGet()
    {
        Number = TempData.Peek("hotline.number") as string;
        Acknowledgment = TempData.Peek("hotline.acknowledgment") as string;
        CanLookUp = TempData.Peek("hotline.lookup") as bool? ?? false;
    }
}
