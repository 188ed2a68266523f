package org.ogicheck.model;

/** How grave a finding is, most severe first; the names are those of a rule's {@code @severity}. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** 0 for ERROR, 1 for WARNING, 2 for INFO: the reporting order */
    public int rank() {
        return ordinal();
    }

    /** whether the text is the name of a severity (ERROR, WARNING or INFO, exactly) */
    public static boolean isName(String s) {
        for (Severity v : values()) if (v.name().equals(s)) return true;
        return false;
    }

    /** the severity of that name; an unknown name is a rule-set error that loading reports before any rule fires */
    public static Severity of(String name) {
        if (!isName(name)) throw new IllegalArgumentException("not a severity (ERROR, WARNING or INFO): " + name);
        return valueOf(name);
    }
}
