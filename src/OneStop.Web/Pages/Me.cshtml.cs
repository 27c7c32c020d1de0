using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Platform.Accounts;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Web.Pages;

internal sealed class MeModel(PlatformDbContext db, DataScope scope, TimeProvider time) : PageModel
{
    public AccountView Profile { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Profile = await GetProfile.HandleAsync(scope.User.AccountId ?? 0, db, scope, time, ct);
}
