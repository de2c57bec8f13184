package dev.strata.behavior;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class WarningsTest {

    private final BehaviorWarnings warnings = new BehaviorWarnings();
    private final SmartTags post = SmartTags.of("table forum_example.post", "+list ++x -connection");

    private ResolvedBehavior post() {
        return BehaviorLayers.builder(EntityKind.TABLE, post.entity(), warnings).defaults("").own(post).build();
    }

    @Test
    void malformedFragmentWarnsOnceAndKeepsTheRest() {
        ResolvedBehavior b = post();
        post();
        assertEquals("+list -connection", b.toString());
        assertTrue(b.allows("query:resource:list"));
        assertEquals(List.of("behavior fragment '++x' on table forum_example.post is malformed and was ignored"),
                warnings.messages());
    }

    @Test
    void malformedFragmentsOfEveryShapeAreDropped() {
        String bad = "++x a::b - + --y x: :x a-b a,b Update 1st *x a.b x:** resource:update!";
        ResolvedBehavior b = BehaviorLayers.builder(EntityKind.TABLE, "table app.t", warnings)
                .defaults("").own(bad + " +update").build();
        assertEquals("+update", b.toString());
        assertEquals(bad.split(" ").length, warnings.messages().size());
        assertTrue(warnings.messages().stream().allMatch(m -> m.endsWith("on table app.t is malformed and was ignored")));
    }

    @Test
    void unknownBehaviorWarnsOnceNamingTheEntity() {
        for (int i = 0; i < 3; i++) {
            BehaviorLayers.builder(EntityKind.TABLE, "table forum_example.post", warnings).own("updat").build();
        }
        assertEquals(List.of("behavior 'updat' on table forum_example.post is not a known behavior"),
                warnings.messages());
    }

    @Test
    void unknownBehaviorIsKeptAndCanStillBeAsked() {
        ResolvedBehavior b = BehaviorLayers.builder(EntityKind.TABLE, "table app.t", warnings)
                .defaults("").own("+manyToMany").build();
        assertTrue(b.allows("manyToMany"));
        assertEquals(1, warnings.messages().size());
    }

    @Test
    void parentWarningIsNotRepeatedForEachChild() {
        SmartTags table = SmartTags.of("table app.t", "-updat");
        for (String column : List.of("a", "b", "c")) {
            BehaviorLayers.builder(EntityKind.COLUMN, "column app.t." + column, warnings).parent(table).build();
        }
        BehaviorLayers.builder(EntityKind.TABLE, "table app.t", warnings).own(table).build();
        assertEquals(List.of("behavior '-updat' on table app.t is not a known behavior"), warnings.messages());
    }

    @Test
    void sameTextOnAnotherEntityWarnsAgain() {
        BehaviorLayers.builder(EntityKind.TABLE, "table app.a", warnings).own("updat").build();
        BehaviorLayers.builder(EntityKind.TABLE, "table app.b", warnings).own("updat").build();
        assertEquals(2, warnings.messages().size());
    }

    @Test
    void globalAndInferredLayersAreNamedInWarnings() {
        BehaviorLayers.builder(EntityKind.TABLE, "table app.t", warnings).global("lsit").inferred("a::b").build();
        assertEquals(List.of("behavior 'lsit' on the global default behavior is not a known behavior",
                        "behavior fragment 'a::b' on the inferred behavior of table app.t is malformed and was ignored"),
                warnings.messages());
    }

    @Test
    void warningsGoToJavaUtilLoggingOnce() {
        Logger logger = Logger.getLogger("dev.strata.behavior");
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            post();
            post();
        } finally {
            logger.removeHandler(handler);
        }
        assertEquals(1, records.size());
        assertEquals(Level.WARNING, records.get(0).getLevel());
        assertEquals(warnings.messages().get(0), records.get(0).getMessage());
    }

    @Test
    void neverThrowsOnAnyUserText() {
        List<String> texts = List.of("", " ", "\t\n", "-", "+", "::", "*", "-*", "+-+-", "\u00e9t\u00e9", "a\u0000b",
                "@omit", "'update'", "update;drop table x");
        Logger logger = Logger.getLogger("dev.strata.behavior");
        boolean useParent = logger.getUseParentHandlers();
        logger.setUseParentHandlers(false);
        try {
            for (String text : texts) {
                SmartTags tags = new SmartTags("table app.t", text, text, text, true, true);
                assertDoesNotThrow(() -> BehaviorLayers.builder(EntityKind.TABLE, "table app.t", warnings)
                        .global(text).inferred(text).parent(tags).own(tags).build().allows("resource:update"), text);
            }
        } finally {
            logger.setUseParentHandlers(useParent);
        }
    }

    @Test
    void controlCharactersInUserTextAreEscapedSoAWarningIsOneLine() {
        new SmartTags("table app.t", null, null, "both\nWARNING: forged", false, false).layers(warnings);
        assertEquals(List.of("@simpleCollections 'both\\u000aWARNING: forged' on table app.t is not understood"
                + " (expected omit, only or both) and was ignored"), warnings.messages());
    }
}
