package org.ogicheck.engine;

import java.nio.file.Path;

/**
 * A rule's metadata, read from the rule itself ({@code @id @severity @category @basis @weight
 * @since}) plus where it was loaded from.
 */
public record RuleMeta(String id, String pkg, String name, String severity, String category, String basis, double weight,
                       String since, Path file) {
}
