/**
 * Identity: who a request runs as. JWT verification (HS256/384/512 with the shared secret, RS and ES algorithms with a PEM key or an
 * identity provider's JWKS), the role claim, claims turned into {@code jwt.claims.*} settings
 * ({@link dev.strata.identity.Identity}), signing the JWT type's values ({@link dev.strata.identity.TokenSigner}),
 * and the request's MicroProfile JWT principal ({@link dev.strata.identity.TokenPrincipal}). docs/IDENTITY.md
 * says why verification is Strata's own.
 */
package dev.strata.identity;
