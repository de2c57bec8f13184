package dev.strata.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Floating-point numbers written as PostGraphile 4 (JavaScript's {@code Number.prototype.toString}) writes them:
 * {@code 3} not {@code 3.0}, {@code 12345678} not {@code 1.2345678E7}, {@code 1e+100} not {@code 1.0E100},
 * {@code 1e-7} not {@code 1.0E-7}. The digits are Java's (the shortest that read back as the same double); only
 * where the decimal point goes and when an exponent is used follow JavaScript.
 */
final class JavaScriptNumbers extends StdSerializer<Double> {

    /** Jackson's module that writes every {@code Double} (graphql-java's {@code Float}, JSON values) this way. */
    static final SimpleModule MODULE = new SimpleModule().addSerializer(Double.class, new JavaScriptNumbers());

    private JavaScriptNumbers() {
        super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        if (value.isNaN() || value.isInfinite()) {
            generator.writeNumber(value); // not a JSON number either way; Jackson's own handling
        } else {
            generator.writeNumber(format(value));
        }
    }

    /** The text JavaScript gives a finite double. */
    static String format(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = decimal.unscaledValue().toString();
        int k = digits.length();
        int n = k - decimal.scale(); // the value is 0.<digits> times 10 to the n
        String sign = value < 0 ? "-" : "";
        if (k <= n && n <= 21) {
            return sign + digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return sign + digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return sign + "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }
}
