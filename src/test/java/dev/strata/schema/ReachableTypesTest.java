package dev.strata.schema;

import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLNonNull.nonNull;
import static graphql.schema.GraphQLTypeReference.typeRef;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReachableTypesTest {

    private static GraphQLObjectType object(String name, String field, GraphQLOutputType type) {
        return GraphQLObjectType.newObject().name(name).field(newFieldDefinition().name(field).type(type)).build();
    }

    private static List<String> names(List<GraphQLObjectType> roots, List<GraphQLNamedType> candidates) {
        return ReachableTypes.of(roots, candidates).stream().map(GraphQLNamedType::getName).toList();
    }

    @Test
    void givesTheRootsTheCandidatesTheyReferToAndTheTypesTheyHold() {
        GraphQLEnumType order = GraphQLEnumType.newEnum().name("PostsOrderBy").value("NATURAL").build();
        GraphQLInputObjectType condition = GraphQLInputObjectType.newInputObject().name("PostCondition")
                .field(GraphQLInputObjectField.newInputObjectField().name("id").type(Scalars.GraphQLInt)).build();
        GraphQLObjectType query = GraphQLObjectType.newObject().name("Query")
                .field(newFieldDefinition().name("allPosts").type(typeRef("PostsConnection"))
                        .argument(GraphQLArgument.newArgument().name("orderBy").type(order))
                        .argument(GraphQLArgument.newArgument().name("condition").type(condition)))
                .build();
        GraphQLObjectType connection = object("PostsConnection", "nodes", nonNull(typeRef("Post")));
        GraphQLObjectType post = object("Post", "title", Scalars.GraphQLString);
        GraphQLObjectType unused = object("CommentsConnection", "totalCount", Scalars.GraphQLInt);

        assertEquals(List.of("Query", "PostsConnection", "PostsOrderBy", "PostCondition", "Post", "Int", "String"),
                names(List.of(query), List.of(post, connection, unused)));
    }

    @Test
    void reachesEveryTableOfALongChain() {
        List<GraphQLNamedType> tables = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            tables.add(GraphQLObjectType.newObject().name("T" + i)
                    .field(newFieldDefinition().name("parent").type(typeRef("T" + Math.max(1, i - 1))))
                    .field(newFieldDefinition().name("child").type(typeRef("T" + Math.min(2000, i + 1)))).build());
        }
        GraphQLObjectType query = object("Query", "first", typeRef("T1"));

        assertEquals(2001, names(List.of(query), tables).size());
    }

    @Test
    void refusesAReferenceToANameNoTypeHas() {
        GraphQLObjectType query = object("Query", "post", typeRef("Post"));

        assertThrows(IllegalStateException.class, () -> names(List.of(query), List.of()));
    }

    @Test
    void refusesTwoTypesOfOneName() {
        GraphQLObjectType query = GraphQLObjectType.newObject().name("Query")
                .field(newFieldDefinition().name("a").type(object("Post", "title", Scalars.GraphQLString)))
                .field(newFieldDefinition().name("b").type(object("Post", "title", Scalars.GraphQLString)))
                .build();

        assertThrows(IllegalStateException.class, () -> names(List.of(query), List.of()));
    }
}
