using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Accounts;

/// <summary>
/// The lockout rule of <see cref="Account"/> applied in the database itself: each failed or successful sign-in is one
/// conditional UPDATE that only touches an account that is not locked at that moment. The database serialises
/// updates of one row (a row lock on PostgreSQL, the write lock on SQLite), so of any number of parallel attempts
/// exactly <see cref="Account.MaxFailedSignIns"/> are counted before the lock, and none succeeds once it is set.
/// </summary>
internal static class Lockout
{
    public enum Outcome { Counted, CountedAndLocked, AlreadyLocked }

    /// <summary>Counts one failed sign-in; the attempt that reaches the threshold sets the lock.</summary>
    public static async Task<Outcome> CountFailureAsync(PlatformDbContext db, long accountId, DateTime now, CancellationToken ct)
    {
        var until = now + Account.LockoutDuration;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var rows = await NotLocked(db, accountId, now).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.FailedSignIns, a => a.FailedSignIns + 1 >= Account.MaxFailedSignIns ? 0 : a.FailedSignIns + 1)
            .SetProperty(a => a.LockedUntil, a => a.FailedSignIns + 1 >= Account.MaxFailedSignIns ? (DateTime?)until : a.LockedUntil), ct);
        // Still inside the transaction, the row is ours: this reads the state our own UPDATE left.
        var locked = rows == 1 && await db.Accounts.Where(a => a.Id == accountId)
            .Select(a => a.LockedUntil).SingleAsync(ct) is { } u && u > now;
        await transaction.CommitAsync(ct);
        return rows == 0 ? Outcome.AlreadyLocked : locked ? Outcome.CountedAndLocked : Outcome.Counted;
    }

    /// <summary>Clears the failure count of a successful sign-in; false when the account was locked meanwhile.</summary>
    public static async Task<bool> TryResetAsync(PlatformDbContext db, long accountId, DateTime now, CancellationToken ct) =>
        await NotLocked(db, accountId, now).ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedSignIns, 0), ct) == 1;

    private static IQueryable<Account> NotLocked(PlatformDbContext db, long accountId, DateTime now) =>
        db.Accounts.Where(a => a.Id == accountId && (a.LockedUntil == null || a.LockedUntil <= now));
}
