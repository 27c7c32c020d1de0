using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

public sealed class EditCatalogOnSqlite(SqliteFactory f) : EditCatalogTests(f), IClassFixture<SqliteFactory>;
public sealed class EditCatalogOnPostgres(PostgresFactory f) : EditCatalogTests(f), IClassFixture<PostgresFactory>;

public sealed class CatalogListsOnSqlite(SqliteFactory f) : CatalogListsTests(f), IClassFixture<SqliteFactory>;
public sealed class CatalogListsOnPostgres(PostgresFactory f) : CatalogListsTests(f), IClassFixture<PostgresFactory>;

public sealed class ImportCatalogOnSqlite(SqliteFactory f) : ImportCatalogTests(f), IClassFixture<SqliteFactory>;
public sealed class ImportCatalogOnPostgres(PostgresFactory f) : ImportCatalogTests(f), IClassFixture<PostgresFactory>;

public sealed class SearchCatalogOnSqlite(SqliteFactory f) : SearchCatalogTests(f), IClassFixture<SqliteFactory>;
public sealed class SearchCatalogOnPostgres(PostgresFactory f) : SearchCatalogTests(f), IClassFixture<PostgresFactory>;

public sealed class LocalItemsOnSqlite(SqliteFactory f) : LocalItemsTests(f), IClassFixture<SqliteFactory>;
public sealed class LocalItemsOnPostgres(PostgresFactory f) : LocalItemsTests(f), IClassFixture<PostgresFactory>;

public sealed class BundleApiOnSqlite(SqliteFactory f) : BundleApiTests(f), IClassFixture<SqliteFactory>;
public sealed class BundleApiOnPostgres(PostgresFactory f) : BundleApiTests(f), IClassFixture<PostgresFactory>;
