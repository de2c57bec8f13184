package dev.strata.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The WARNING (and worse) messages a logger got while something ran, with what it gave. */
record LoggedWarnings<T>(T result, List<String> warnings) {

    static <T> LoggedWarnings<T> during(String logger, Callable<T> action) throws Exception {
        List<String> warnings = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        // held until the end: the logging framework keeps loggers only weakly, and would lose the handler
        Logger target = Logger.getLogger(logger);
        target.addHandler(capture);
        try {
            return new LoggedWarnings<>(action.call(), List.copyOf(warnings));
        } finally {
            target.removeHandler(capture);
        }
    }
}
