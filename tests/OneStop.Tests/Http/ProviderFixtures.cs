using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http;

// Every HTTP test class below runs twice: on the embedded SQLite default and on a real PostgreSQL server.
// The PostgreSQL variants skip (locally) or fail (in CI) when ./test.sh did not provide a server.

public sealed class SignInOnSqlite(SqliteFactory f) : SignInTests(f), IClassFixture<SqliteFactory>;
public sealed class SignInOnPostgres(PostgresFactory f) : SignInTests(f), IClassFixture<PostgresFactory>;

public sealed class RegistrationOnSqlite(SqliteFactory f) : RegistrationTests(f), IClassFixture<SqliteFactory>;
public sealed class RegistrationOnPostgres(PostgresFactory f) : RegistrationTests(f), IClassFixture<PostgresFactory>;

public sealed class DataScopeOnSqlite(SqliteFactory f) : DataScopeTests(f), IClassFixture<SqliteFactory>;
public sealed class DataScopeOnPostgres(PostgresFactory f) : DataScopeTests(f), IClassFixture<PostgresFactory>;

public sealed class CalendarApiOnSqlite(SqliteFactory f) : CalendarApiTests(f), IClassFixture<SqliteFactory>;
public sealed class CalendarApiOnPostgres(PostgresFactory f) : CalendarApiTests(f), IClassFixture<PostgresFactory>;

public sealed class AuditTrailOnSqlite(SqliteFactory f) : AuditTrailTests(f), IClassFixture<SqliteFactory>;
public sealed class AuditTrailOnPostgres(PostgresFactory f) : AuditTrailTests(f), IClassFixture<PostgresFactory>;

public sealed class BadInputOnSqlite(SqliteFactory f) : BadInputTests(f), IClassFixture<SqliteFactory>;
public sealed class BadInputOnPostgres(PostgresFactory f) : BadInputTests(f), IClassFixture<PostgresFactory>;

public sealed class SessionsOnSqlite(SqliteFactory f) : Sessions.SessionTests(f), IClassFixture<SqliteFactory>;
public sealed class SessionsOnPostgres(PostgresFactory f) : Sessions.SessionTests(f), IClassFixture<PostgresFactory>;

public sealed class KeyRingOnSqlite(SqliteFactory f) : Sessions.KeyRingTests(f), IClassFixture<SqliteFactory>
{
    protected override OneStopFactory AnotherInstallation() => new SqliteFactory();
}
public sealed class KeyRingOnPostgres(PostgresFactory f) : Sessions.KeyRingTests(f), IClassFixture<PostgresFactory>
{
    protected override OneStopFactory AnotherInstallation() => new PostgresFactory();
}

public sealed class LockoutOnSqlite(SqliteFactory f) : Sessions.LockoutTests(f), IClassFixture<SqliteFactory>;
public sealed class LockoutOnPostgres(PostgresFactory f) : Sessions.LockoutTests(f), IClassFixture<PostgresFactory>;

public sealed class EnumerationOnSqlite(SqliteFactory f) : Sessions.EnumerationTests(f), IClassFixture<SqliteFactory>;
public sealed class EnumerationOnPostgres(PostgresFactory f) : Sessions.EnumerationTests(f), IClassFixture<PostgresFactory>;

/// <summary>Base of provider-parameterised tests: skips PostgreSQL variants when no server is available.</summary>
public abstract class ApiTests(OneStopFactory factory)
{
    protected OneStopFactory Factory { get; } = Available(factory);

    private static OneStopFactory Available(OneStopFactory factory)
    {
        if (factory is PostgresFactory) PostgresFactory.SkipIfUnavailable();
        return factory;
    }
}
