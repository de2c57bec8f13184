package dev.strata.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.behavior.CollectionShapes;
import dev.strata.catalog.CatalogOptions;
import dev.strata.limits.RequestLimits;
import dev.strata.schema.JwtType;
import dev.strata.schema.SchemaOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The option values as configured: PostGraphile 4's spellings, empty meaning its default, anything else refused. */
class PostGraphileOptionsTest {

    @Test
    void simpleCollectionsTakesPostGraphile4ValuesAndEmptyAsOmit() {
        assertEquals(CollectionShapes.OMIT, CollectionShapes.of(""));
        assertEquals(CollectionShapes.BOTH, CollectionShapes.of(" Both "));
        assertEquals(CollectionShapes.ONLY, CollectionShapes.of("only"));
        assertEquals("simple collections must be omit, both or only, not 'all'",
                assertThrows(IllegalArgumentException.class, () -> CollectionShapes.of("all")).getMessage());
    }

    @Test
    void collectionsAndDefaultMutationsComeBeforeTheConfiguredGlobalBehavior() {
        PostGraphileOptions options = new PostGraphileOptions(SchemaOptions.DEFAULTS, CollectionShapes.ONLY, false,
                ErrorFields.NONE);
        assertEquals("+list -connection -resource:insert -resource:update -resource:delete +update",
                new SchemaSettings(List.of("s"), "+update", true, JwtType.NONE, CatalogOptions.DEFAULTS, false, List.of(),
                        RequestLimits.DEFAULTS, options)
                        .behavior());
        assertEquals("", PostGraphileOptions.DEFAULTS.behavior());
    }

    @Test
    void extendedErrorsNamePostgresErrorFieldsOrNothing() {
        assertEquals(List.of(ErrorFields.Field.HINT, ErrorFields.Field.DETAIL, ErrorFields.Field.ERRCODE),
                ErrorFields.of("hint, detail,errcode").fields());
        assertEquals(ErrorFields.NONE, ErrorFields.of(" "));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ErrorFields.of("hint,stack"));
        assertTrue(unknown.getMessage().startsWith("extended errors: 'stack' is not a field of a PostgreSQL error"));
    }

    @Test
    void anErrorNotFromPostgresCarriesOnlyItsCode() {
        assertEquals(Map.of("errcode", "2201W"), ErrorFields.of("hint,errcode").ofCode("2201W"));
        assertEquals(Map.of(), ErrorFields.of("hint,errcode").ofCode(null));
    }
}
