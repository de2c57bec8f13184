package dev.strata.schema;

import dev.strata.catalog.Catalog;
import dev.strata.catalog.PgClass;
import dev.strata.naming.Inflector;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JWT type (PostGraphile 4's {@code --jwt-token-identifier}): a composite type, e.g.
 * {@code forum_example.jwt_token}, whose values leave the API as signed tokens. Its GraphQL type is the scalar
 * {@code JwtToken} (named like the composite's object type would be) instead of an object type, wherever the
 * composite is an output (function results, mutation payloads); its value is the composite's attributes as a JSON
 * object, which the scalar signs. A null composite (all attributes null) is null.
 *
 * @param qualifiedName the composite type, {@code schema.name}; null for none
 * @param signer        signs a value given as its attributes by name
 */
public record JwtType(String qualifiedName, Function<Map<String, ?>, String> signer) {

    /** No JWT type: composite types are all object types. */
    public static final JwtType NONE = new JwtType(null, null);

    /** The composite class of the JWT type in this catalog, if it is there. */
    Optional<PgClass> find(Catalog catalog) {
        return qualifiedName == null ? Optional.empty() : catalog.classes().stream()
                .filter(c -> c.kind() == 'c' && c.qualifiedName().equals(qualifiedName)).findFirst();
    }

    GraphQLScalarType scalar(PgClass composite, Inflector inflector) {
        return GraphQLScalarType.newScalar().name(inflector.tableType(composite))
                .description("A signed JSON Web Token (RFC 7519); its claims are the attributes of `"
                        + composite.qualifiedName() + "`.")
                .coercing(new Coercing<Object, String>() {
                    @Override
                    public String serialize(Object value) {
                        if (!(value instanceof Map<?, ?> attributes)) {
                            throw new CoercingSerializeException("A JWT is made from the attributes of "
                                    + composite.qualifiedName());
                        }
                        try {
                            @SuppressWarnings("unchecked")
                            Map<String, ?> claims = (Map<String, ?>) attributes;
                            return signer.apply(claims);
                        } catch (RuntimeException e) {
                            throw new CoercingSerializeException(e.getMessage(), e);
                        }
                    }

                    @Override
                    public Object parseValue(Object input) {
                        throw new CoercingParseValueException("A JWT cannot be given as input.");
                    }

                    @Override
                    public Object parseLiteral(Object input) {
                        throw new CoercingParseLiteralException("A JWT cannot be given as input.");
                    }
                }).build();
    }
}
