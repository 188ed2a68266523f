package org.ogicheck.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The store against the embedded H2 database in the workspace folder (no set-up). */
class StoreH2Test extends StoreContract {
    @Override
    String dbUrl() {
        return null;
    }

    @Test
    void theEmbeddedDatabaseIsAFileInTheWorkspaceFolder() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("fresh"), null)) {
            assertThat(ws.database()).endsWith("ogicheck.mv.db");
        }
        assertThat(dir.resolve("fresh").resolve("ogicheck.mv.db")).isRegularFile();
    }

    @Test
    void aUrlThatIsNoPostgresqlIsOneClearLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Workspace.open(dir, "mysql://x/y"))
            .isInstanceOf(WorkspaceException.class).hasMessageStartingWith("--db mysql://x/y: 不是 PostgreSQL 地址");
    }

    @Test
    void aPostgresqlUrlBecomesAJdbcUrl() throws Exception {
        assertThat(Db.jdbcUrl("postgresql://u:p%40w@127.0.0.1:5433/ogi")).isEqualTo("jdbc:postgresql://127.0.0.1:5433/ogi?user=u&password=p@w");
        assertThat(Db.jdbcUrl("jdbc:postgresql://h/db?user=x")).isEqualTo("jdbc:postgresql://h/db?user=x");
    }
}
