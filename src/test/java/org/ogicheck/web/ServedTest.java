package org.ogicheck.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class whose tests share one server with the project's rules, started before them and stopped after. */
abstract class ServedTest {
    static Served served;

    @BeforeAll
    static void start() throws Exception {
        served = Served.start();
    }

    @AfterAll
    static void stop() throws Exception {
        served.close();
    }
}
