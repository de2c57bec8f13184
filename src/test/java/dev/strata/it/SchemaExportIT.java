package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code strata.export-schema}: the test server writes its schema's SDL to a file when it builds it. */
class SchemaExportIT {

    @Test
    void exportedFileIsTheServedSdl() throws IOException {
        String served = StrataServer.get("/graphql/schema.graphql").body();
        Path exported = Path.of(System.getProperty("strata.it.schema.export"));
        assertEquals(served, Files.readString(exported, StandardCharsets.UTF_8));
    }
}
