using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using OneStop.Hotline.PublicIntake;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;

namespace OneStop.Hotline.Pages.Hotline.Public;

/// <summary>
/// 网上诉求登记 (/hotline): anyone, no account. "获取验证码" posts the form back (no script needed) and keeps what
/// was typed; "提交诉求" registers it and redirects to the acknowledgment (post-redirect-get). In the demo the page
/// shows the code it sent, since no SMS leaves a demo installation.
/// </summary>
public sealed class SubmitModel(PhoneCodes codes, SubmitPublicRequest submit, PublicRegions regions, IConfiguration configuration) : PageModel
{
    [BindProperty] public RequestType? Type { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? RegionCode { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? RequesterName { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public bool Anonymous { get; set; }
    [BindProperty] public bool Confidential { get; set; }

    public PublicPageErrors Errors { get; } = new();
    public string CityName { get; private set; } = "";
    public IReadOnlyList<RegionEntry> Districts { get; private set; } = [];
    public CodeSent? Sent { get; private set; }
    public string? DemoCode { get; private set; }
    public bool IsDemo => configuration.GetValue("OneStop:Demo", false);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCodeAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        try
        {
            var (sent, code) = await codes.RequestAsync(Phone, ct);
            Sent = sent;
            if (IsDemo) DemoCode = code;
        }
        catch (DomainException e) when (e.Status is 400 or 409 or 429) { Errors.Add(e); }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var result = await submit.RunAsync(new PublicRequestBody(Type, Title, Text, RegionCode, Address, RequesterName, Phone, Code,
                Anonymous, Confidential), ct);
            TempData["hotline.number"] = result.RequestNumber;
            TempData["hotline.acknowledgment"] = result.Acknowledgment;
            TempData["hotline.lookup"] = result.CanLookUp;
            return RedirectToPage("/Hotline/Public/Submitted");
        }
        catch (DomainException e) when (e.Status is 400 or 403 or 404 or 409 or 429)
        {
            Errors.Add(e);
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct) => (CityName, Districts) = await regions.ListAsync(ct);
}
