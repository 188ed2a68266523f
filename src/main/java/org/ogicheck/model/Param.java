package org.ogicheck.model;

import java.math.BigDecimal;

/**
 * A tunable number or word from the parameter sheet in the rule folder (parameters.csv or
 * parameters.xlsx), inserted into every session so that rules read thresholds as facts.
 *
 * @param number the value as a number, or null when it is not one
 */
public record Param(String name, String value, BigDecimal number) {
    public String getName() { return name; }
    public String getValue() { return value; }
    public BigDecimal getNumber() { return number; }
}
