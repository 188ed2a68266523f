package org.ogicheck.render;

/** An input of a batch that could not be checked, with the one-line reason; every format lists it. */
public record Unreadable(String source, String reason) {
}
