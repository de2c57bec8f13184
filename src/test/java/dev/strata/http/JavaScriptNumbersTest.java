package dev.strata.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.ExecutionResultImpl;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Floats are written as PostGraphile 4 (JavaScript) writes them, not as Java's {@code Double.toString}. */
class JavaScriptNumbersTest {

    @Test
    void integralFloatsHaveNoFractionAsInPostGraphile4() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("real8", 3.0);
        data.put("real4", -30.0);
        data.put("half", 2.5);
        assertEquals("{\"data\":{\"real8\":3,\"real4\":-30,\"half\":2.5}}",
                ResponseBody.json(ExecutionResultImpl.newExecutionResult().data(data).build()));
    }

    @Test
    void exponentsAppearWhereJavaScriptUsesThem() {
        assertEquals("12345678", JavaScriptNumbers.format(12345678.0));
        assertEquals("12345678.5", JavaScriptNumbers.format(12345678.5));
        assertEquals("100000000000000000000", JavaScriptNumbers.format(1e20));
        assertEquals("1e+21", JavaScriptNumbers.format(1e21));
        assertEquals("1.5e+100", JavaScriptNumbers.format(1.5e100));
        assertEquals("0.000001", JavaScriptNumbers.format(1e-6));
        assertEquals("1e-7", JavaScriptNumbers.format(1e-7));
        assertEquals("-1.25e-10", JavaScriptNumbers.format(-1.25e-10));
        assertEquals("0.1", JavaScriptNumbers.format(0.1));
        assertEquals("0.30000000000000004", JavaScriptNumbers.format(0.1 + 0.2));
        assertEquals("0", JavaScriptNumbers.format(-0.0));
    }
}
