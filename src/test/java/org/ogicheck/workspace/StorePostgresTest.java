package org.ogicheck.workspace;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The same store tests against a real PostgreSQL: {@code .ci/run} starts a throwaway cluster and
 * passes its URL as {@code -Dogicheck.pg.url=jdbc:postgresql://…} with {@code -Dogicheck.pg.required=true},
 * so that in CI a missing database fails these tests instead of skipping them. Each test gets a
 * schema of its own.
 */
class StorePostgresTest extends StoreContract {
    static String url() {
        String url = System.getProperty("ogicheck.pg.url", "");
        if (url.isBlank()) {
            if (Boolean.getBoolean("ogicheck.pg.required")) fail("ogicheck.pg.required is set but ogicheck.pg.url is not: no PostgreSQL to test against");
            Assumptions.assumeTrue(false, "no PostgreSQL given (-Dogicheck.pg.url)");
        }
        return url;
    }

    @Override
    String dbUrl() throws Exception {
        String url = url();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
