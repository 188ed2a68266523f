package org.ogicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ogicheck.model.Report;
import org.ogicheck.parse.ParsedReport;

/** Pairing of consecutive years: the indexed pairing gives what comparing every pair gives. */
class PairingTest {
    private static ParsedReport report(String agency, int year) {
        Report r = new Report();
        r.setAgency(agency, "test");
        r.setYear(year, "test");
        return new ParsedReport(r, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** every pair compared: the definition the index must agree with */
    private static Map<Integer, ParsedReport> everyPair(List<ParsedReport> reports) {
        Map<Integer, ParsedReport> out = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i).report();
            ParsedReport exact = null;
            ParsedReport first = null;
            java.util.Set<String> agencies = new java.util.HashSet<>();
            for (ParsedReport p : reports) {
                Report q = p.report();
                if (q.getYear() != r.getYear() - 1 || !Pairing.sameAgency(r.getAgency(), q.getAgency())) continue;
                if (q.getAgency().equals(r.getAgency())) exact = p;
                else {
                    if (first == null) first = p;
                    agencies.add(q.getAgency());
                }
            }
            if (exact != null) out.put(i, exact);
            else if (agencies.size() == 1) out.put(i, first);
        }
        return out;
    }

    @Test
    void countyNameWithAndWithoutItsCity() {
        List<ParsedReport> batch = List.of(report("淮安市洪泽区人民政府", 2024), report("洪泽区人民政府", 2023), report("淮安市人民政府", 2023));
        assertThat(Pairing.previous(batch)).containsOnlyKeys(0).containsEntry(0, batch.get(1));
    }

    /** a name that ends two agencies' names pairs with neither: the batch does not say which it is */
    @Test
    void aNameSharedByTwoAgenciesPairsWithNeither() {
        List<ParsedReport> batch = List.of(report("财政局", 2024), report("洪泽区财政局", 2023), report("沭阳县财政局", 2023),
            report("洪泽区财政局", 2024));
        assertThat(Pairing.previous(batch)).containsOnlyKeys(3).containsEntry(3, batch.get(1));
    }

    @Test
    void indexAgreesWithComparingEveryPair() {
        Random rnd = new Random(7);
        String[] parts = {"淮安市", "洪泽区", "清江浦区", "人民政府", "市场监督管理局", "发展和改革局", "沭阳县"};
        for (int round = 0; round < 200; round++) {
            List<ParsedReport> batch = new ArrayList<>();
            int n = 1 + rnd.nextInt(12);
            for (int i = 0; i < n; i++) {
                StringBuilder name = new StringBuilder();
                for (int k = 0, len = 1 + rnd.nextInt(3); k < len; k++) name.append(parts[rnd.nextInt(parts.length)]);
                batch.add(report(name.toString(), 2021 + rnd.nextInt(3)));
            }
            assertThat(Pairing.previous(batch)).as(batch.stream().map(p -> p.report().getAgency() + p.report().getYear()).toList().toString())
                .isEqualTo(everyPair(batch));
        }
    }
}
