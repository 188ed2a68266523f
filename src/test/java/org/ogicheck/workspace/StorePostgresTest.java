package org.ogicheck.workspace;

/** The same store tests against a real PostgreSQL (see {@link PgSchemas}); each test gets a schema of its own. */
class StorePostgresTest extends StoreContract {
    @Override
    String dbUrl() throws Exception {
        return PgSchemas.fresh();
    }
}
