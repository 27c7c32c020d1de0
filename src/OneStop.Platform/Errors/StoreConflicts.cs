using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace OneStop.Platform.Errors;

/// <summary>
/// Recognises the two ways the database refuses a write that lost a race: a unique index already holds the value
/// (SQLite extended codes 2067/1555, PostgreSQL 23505), or an optimistic concurrency token no longer matches.
/// Both are conflicts the user can resolve by reloading (409), not server faults.
/// </summary>
public static class StoreConflicts
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const string PostgresUniqueViolation = "23505";

    public static bool IsUniqueViolation(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey }) return true;
            if (e is PostgresException { SqlState: PostgresUniqueViolation }) return true;
        }
        return false;
    }

    /// <summary>The problem for a lost race, or null when <paramref name="exception"/> is no such conflict.</summary>
    public static DomainException? ToProblem(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException c => new BusinessRuleException($"{ModuleOf(c)}.changed",
            "数据已被他人修改，请刷新后重试", "您提交时，该数据已被其他人修改或删除；请重新打开查看最新内容后再操作。"),
        DbUpdateException u when IsUniqueViolation(u) => new BusinessRuleException($"{ModuleOf(u)}.duplicate",
            "已存在相同的记录", "同样的数据刚刚已被保存（可能是重复提交或他人同时操作）；请刷新后查看。"),
        _ when IsUniqueViolation(exception) => new BusinessRuleException("data.duplicate", "已存在相同的记录"),
        _ => null,
    };

    /// <summary>"catalog", "platform"…: from the namespace of the first entity in the failed save (OneStop.Catalog.Items → catalog).</summary>
    private static string ModuleOf(DbUpdateException e)
    {
        var ns = e.Entries.FirstOrDefault()?.Metadata.ClrType.Namespace?.Split('.');
        return ns is { Length: > 1 } && ns[0] == "OneStop" ? ns[1].ToLowerInvariant() : "data";
    }
}
