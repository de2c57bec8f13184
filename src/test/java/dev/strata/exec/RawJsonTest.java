package dev.strata.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void postgresqlBlanksBetweenTokensAreDroppedAndThoseInStringsKept() {
        assertEquals("{\"a\":1,\"b\":[\"x : y\",\"q\\\" , r\\\\\"],\"c\":{\"d\":null}}",
                RawJson.compact("{\"a\" : 1, \"b\" : [\"x : y\", \"q\\\" , r\\\\\"], \"c\" : {\"d\" : null}}"));
    }

    @Test
    void writtenAsTextItIsTheCompactTextAndAsATreeItIsTheParsedValue() throws Exception {
        RawJson raw = new RawJson("{\"id\" : 4, \"headline\" : \"Hi, there\"}");
        assertEquals("{\"data\":{\"id\":4,\"headline\":\"Hi, there\"}}", JSON.writeValueAsString(Map.of("data", raw)));
        assertEquals(JSON.readTree("{\"data\":{\"id\":4,\"headline\":\"Hi, there\"}}"),
                JSON.valueToTree(Map.of("data", raw)));
    }
}
