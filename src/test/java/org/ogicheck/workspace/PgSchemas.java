package org.ogicheck.workspace;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL of the test run: {@code .ci/run} starts a throwaway cluster and passes its URL as
 * {@code -Dogicheck.pg.url=jdbc:postgresql://…} with {@code -Dogicheck.pg.required=true}, so that in
 * CI a missing database fails the tests that use it instead of skipping them.
 */
public final class PgSchemas {
    private PgSchemas() {
    }

    /** the URL of a new, empty schema of the test database (a test is skipped without one, failed when one is required) */
    public static String fresh() throws Exception {
        String url = System.getProperty("ogicheck.pg.url", "");
        if (url.isBlank()) {
            if (Boolean.getBoolean("ogicheck.pg.required")) fail("ogicheck.pg.required is set but ogicheck.pg.url is not: no PostgreSQL to test against");
            Assumptions.assumeTrue(false, "no PostgreSQL given (-Dogicheck.pg.url)");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            fail("the test PostgreSQL " + url + " does not answer: " + e.getMessage());
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
