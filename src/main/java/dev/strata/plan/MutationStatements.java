package dev.strata.plan;

import dev.strata.sql.Sql;
import java.util.List;
import java.util.function.Function;

/**
 * The SQL of one mutation field, run in order in the field's savepoint: {@code write} returns one text value per
 * written row (or function result). With no {@code readBack}, the first is already the payload's JSON; otherwise
 * {@code readBack} of those values is the statement that reads the payload after the write. When the write returns
 * no row and {@code noRowMessage} is set, the field fails with that message.
 */
public record MutationStatements(Sql write, Function<List<String>, Sql> readBack, String noRowMessage) {

    static MutationStatements single(Sql write, String noRowMessage) {
        return new MutationStatements(write, null, noRowMessage);
    }

    public boolean writeGivesPayload() {
        return readBack == null;
    }
}
