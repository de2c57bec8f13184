package dev.strata.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InflectorTest {

    @Test
    void pluralizesTheLastWordOfIdentifiers() {
        assertEquals("people", English.plural("person"));
        assertEquals("posts", English.plural("post"));
        assertEquals("forum_categories", English.plural("forum_category"));
        assertEquals("addresses", English.plural("address"));
        assertEquals("measurement_2024S", English.plural("measurement_2024"), "pluralize's case after a digit");
        assertEquals("userStatuses", English.plural("userStatus"));
        assertEquals("fish", English.plural("fish"));
    }

    @Test
    void singularizesTheLastWordOfIdentifiers() {
        assertEquals("person", English.singular("people"));
        assertEquals("post", English.singular("posts"));
        assertEquals("forum_category", English.singular("forum_categories"));
        assertEquals("address", English.singular("addresses"));
        assertEquals("person", English.singular("person"));
    }

    @Test
    void casesWordsLikeLodash() {
        assertEquals("personFullName", Case.camel("person_full_name"));
        assertEquals("allPeople", Case.camel("all_people"));
        assertEquals("PostTopic", Case.upperCamel("post_topic"));
        assertEquals("FIRST_NAME_ASC", Case.constant("first_name_asc"));
        assertEquals("FIRST_NAME", Case.constant("firstName"));
        assertEquals("_private", Case.camel("_private"));
    }

    @Test
    void digitsAndLettersAreSeparateWordsLikeLodash() {
        assertEquals("Measurement2024S", Case.upperCamel("measurement2024s"));
        assertEquals("abc123Def", Case.camel("abc123def"));
        assertEquals("base64Encode", Case.camel("base64_encode"));
        assertEquals("X1Y2", Case.upperCamel("x1y2"));
    }
}
