package dev.strata.extension;

import java.util.List;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** An extension whose field the generated schema already has. */
@GraphQLApi
public class ClashingExtras {

    @Query
    public List<String> allPeople() {
        return List.of();
    }
}
