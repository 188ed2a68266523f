package org.ogicheck.render;

/** The tool's name and version, from the jar manifest. */
public final class Version {
    public static final String TOOL = "ogicheck";

    private Version() {
    }

    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
