package dev.strata.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Camel case as lodash's, which PostGraphile 4 uses: accents made plain ({@code deburr}), apostrophes dropped. */
class CaseTest {

    @Test
    void latinLettersWithAccentsBecomePlainAsLodashDeburrs() {
        assertEquals("naive", Case.camel("naïve"));
        assertEquals("Cafe", Case.upperCamel("café"));
        assertEquals("strasseAeOe", Case.camel("straße_æ_Œ"));
        assertEquals("lodz", Case.camel("łódź"));
    }

    @Test
    void lettersGraphQLDoesNotAllowAreKept() {
        assertEquals("π", Case.camel("π"));
        assertEquals("Ω", Case.upperCamel("ω"));
    }

    @Test
    void apostrophesAreDroppedNotWordBreaks() {
        assertEquals("dontPanic", Case.camel("don't panic"));
        assertEquals("itsMine", Case.camel("it’s mine"));
    }
}
