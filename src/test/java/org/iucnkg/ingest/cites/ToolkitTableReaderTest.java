package org.iucnkg.ingest.cites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.iucnkg.ingest.cites.IccwcRecords.ToolkitRow;
import org.iucnkg.ingest.cites.IccwcRecords.ToolkitTable;
import org.junit.jupiter.api.Test;

/** The toolkit table of seed 003, read by tab position. */
class ToolkitTableReaderTest {
    private final ToolkitTable table = SeedRecords.seed().toolkitTable();

    @Test
    void readsSeventeenRowsAsOfNinthNovember2015() {
        assertThat(table.rows()).hasSize(17);
        assertThat(table.statusAsOf().getLexicalForm()).isEqualTo("2015-11-09");
        assertThat(table.updatedAsOf().getLexicalForm()).isEqualTo("2015-11-09");
        assertThat(table.preparedBy()).containsExactly("CITES Secretariat", "UNODC");
    }

    @Test
    void countsTheTickedStepsOfEveryParty() {
        Map<String, Integer> steps = table.rows().stream()
                .collect(Collectors.toMap(ToolkitRow::party, r -> r.completedSteps().size()));
        assertThat(steps).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("Angola", 2), Map.entry("Bahamas", 1), Map.entry("Bangladesh", 8),
                Map.entry("Bosnia and Herzegovina", 4), Map.entry("Botswana", 8), Map.entry("Congo", 6),
                Map.entry("DRC", 2), Map.entry("Gabon", 8), Map.entry("Kenya", 3), Map.entry("Madagascar", 3),
                Map.entry("Mexico", 6), Map.entry("Mozambique", 3), Map.entry("Nepal", 8), Map.entry("Peru", 8),
                Map.entry("Togo", 4), Map.entry("United Republic of Tanzania", 2), Map.entry("Vietnam", 8)));
    }

    @Test
    void readsTheActionPlanColumnSeparately() {
        assertThat(table.rows().stream().filter(ToolkitRow::actionPlanImplemented).map(ToolkitRow::party))
                .containsExactly("Bangladesh", "Botswana", "Gabon", "Nepal", "Peru");
        ToolkitRow vietnam = table.rows().get(16);
        assertThat(vietnam.party()).isEqualTo("Vietnam");
        assertThat(vietnam.completedSteps()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(vietnam.actionPlanImplemented()).isFalse();
        assertThat(table.rows().stream().filter(ToolkitRow::allStepsCompleted)).hasSize(6);
    }
}
