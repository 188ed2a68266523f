package org.ogicheck.model;

import java.nio.file.Path;
import java.util.List;

/** One example report of a rule's fixtures folder, checked against its expectations. */
public record FixtureCase(String ruleId, Path file, boolean passed, String detail, List<Finding> findings) {
}
