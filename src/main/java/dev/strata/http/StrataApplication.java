package dev.strata.http;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application: {@code /graphql} and its companions. */
@ApplicationPath("/")
public class StrataApplication extends Application {
}
