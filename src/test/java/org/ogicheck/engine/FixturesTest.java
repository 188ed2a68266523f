package org.ogicheck.engine;

import org.ogicheck.model.FixtureCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Fixtures;

/** Every rule's examples: each fixture report must produce exactly the findings of its rule listed in 'expected'. */
class FixturesTest {

    @TestFactory
    Stream<DynamicTest> everyFixture() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : Fixtures.ids(TestSupport.FIXTURES)) {
            for (FixtureCase c : Fixtures.run(TestSupport.engine(), TestSupport.FIXTURES, id)) {
                tests.add(DynamicTest.dynamicTest(id + " " + c.file().getFileName(),
                    () -> assertThat(c.passed()).as(c.file() + ": " + c.detail()).isTrue()));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }
}
