package org.ogicheck.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property tests without a property-testing library: inputs drawn from a seeded {@link Random}
 * (the same inputs on every run, so a failure is reproduced by running the test again), each
 * checked against the property; a failure names the try and the input. (jqwik was the first
 * choice; its maintainers ask that it not be used by AI coding agents, which wrote these tests.)
 */
public final class Gen {
    private final Random r;

    public Gen(long seed) {
        this.r = new Random(seed);
    }

    public Random random() {
        return r;
    }

    public int between(int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    public boolean bool() {
        return r.nextBoolean();
    }

    @SafeVarargs
    public final <T> T oneOf(T... xs) {
        return xs[r.nextInt(xs.length)];
    }

    /** a string of up to {@code max} characters taken from {@code chars} */
    public String of(String chars, int min, int max) {
        int n = between(min, max);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append(chars.charAt(r.nextInt(chars.length())));
        return sb.toString();
    }

    /** any UTF-16 code units, surrogates and controls included */
    public String anyChars(int max) {
        int n = between(0, max);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append((char) r.nextInt(0x10000));
        return sb.toString();
    }

    /** mostly printable text: ASCII, CJK, full-width forms and a few controls */
    public String text(int max) {
        int n = between(0, max);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(switch (r.nextInt(6)) {
                case 0 -> (char) between(0x20, 0x7e);
                case 1, 2 -> (char) between(0x4e00, 0x9fa5);
                case 3 -> (char) between(0xff01, 0xff5e);
                case 4 -> " \t\u3000\u00a0|、，。（）".charAt(r.nextInt(10));
                default -> (char) r.nextInt(0x10000);
            });
        }
        return sb.toString();
    }

    public byte[] bytes(int max) {
        byte[] b = new byte[between(0, max)];
        r.nextBytes(b);
        return b;
    }

    /** checks {@code property} on {@code tries} inputs drawn by {@code draw} */
    public static <T> void forAll(long seed, int tries, Function<Gen, T> draw, Consumer<T> property) {
        Gen g = new Gen(seed);
        for (int i = 0; i < tries; i++) {
            T input = draw.apply(g);
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("try " + i + " (seed " + seed + ") failed on input " + show(input) + ": " + e, e);
            }
        }
    }

    private static String show(Object o) {
        if (o instanceof byte[] b) return java.util.HexFormat.of().formatHex(b, 0, Math.min(b.length, 200));
        String s = String.valueOf(o);
        return "[" + (s.length() > 400 ? s.substring(0, 400) + "…" : s) + "]";
    }
}
