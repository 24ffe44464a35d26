package org.iucnkg.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperativeParagraphsTest {

    @Test
    void bracketWithTwoReferences() {
        assertThat(OperativeParagraphs.findAll(Seeds.line("001", "UNITE project"))).containsExactly("OP2", "OP4.b");
    }

    @Test
    void singleReferencesAndSubParagraphs() {
        assertThat(OperativeParagraphs.findAll(Seeds.line("001", "11 billion user accounts"))).containsExactly("OP8");
        assertThat(OperativeParagraphs.findAll(Seeds.line("001", "cross-sector workshop"))).containsExactly("OP1.a");
        assertThat(OperativeParagraphs.findAll("continues to support [OP8; OP4.d] and [op 3 . c]")).containsExactly("OP8", "OP4.d", "OP3.c");
    }

    @Test
    void textWithoutBracketsHasNone() {
        assertThat(OperativeParagraphs.findAll("OP2 is mentioned without brackets")).isEmpty();
    }
}
