package org.ogicheck.model;

import java.nio.file.Path;
import java.util.List;
import org.ogicheck.i18n.Said;

/** One example report of a rule's fixtures folder, checked against its expectations; {@code detail} says how it went. */
public record FixtureCase(String ruleId, Path file, boolean passed, Said detail, List<Finding> findings) {
}
