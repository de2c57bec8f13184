package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The GraphiQL IDE at {@code /graphiql}: served from the WAR, and working in a real (headless) browser. */
class GraphiQLIT {

    @Test
    void pageLoadsItsScriptsFromTheServerNotFromACdn() {
        StrataServer.Response page = StrataServer.get("/graphiql");
        assertEquals(200, page.status());
        assertTrue(page.headers().get("content-type").get(0).startsWith("text/html"));
        assertFalse(page.body().contains("://"), "no absolute URL in the page");
        for (String asset : new String[] {"graphiql.min.js", "graphiql.min.css", "react.production.min.js",
                "react-dom.production.min.js"}) {
            assertTrue(page.body().contains("graphiql/assets/" + asset), asset + " referenced");
            assertEquals(200, StrataServer.get("/graphiql/assets/" + asset).status(), asset);
        }
        assertEquals(404, StrataServer.get("/graphiql/assets/unknown.js").status());
    }

    @Test
    void browserRunsAllPeopleAndShowsTheResult() throws Exception {
        StrataServer.awaitReady();
        String query = "{ allPeople(first: 2, orderBy: ID_ASC) { nodes { firstName lastName } } }";
        try (HeadlessChromium browser = new HeadlessChromium()) {
            browser.navigate(StrataServer.uri("/graphiql?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8)).toString());
            browser.await("!!document.querySelector('.graphiql-execute-button')", JsonNode::asBoolean,
                    Duration.ofSeconds(60));
            browser.evaluate("document.querySelector('.graphiql-execute-button').click()");
            JsonNode shown = browser.await(
                    "(document.querySelector('.graphiql-response') || {}).innerText || ''",
                    text -> text.asText().contains("lastName"), Duration.ofSeconds(30));
            assertTrue(shown.asText().contains("\"allPeople\""), shown.asText());
            String first = StrataServer.graphql(query, null).json()
                    .at("/data/allPeople/nodes/0/firstName").asText();
            assertTrue(shown.asText().contains("\"" + first + "\""), "shows " + first + ": " + shown.asText());
        }
    }

    /** The tutorial in the IDE: log in with {@code authenticate}, put the token into the headers editor, ask who I am. */
    @Test
    void browserLogsInAndSendsTheTokenFromTheHeadersEditor() throws Exception {
        StrataServer.awaitReady();
        try (HeadlessChromium browser = new HeadlessChromium()) {
            browser.navigate(StrataServer.uri("/graphiql").toString());
            browser.await("!!document.querySelector('.graphiql-execute-button')", JsonNode::asBoolean,
                    Duration.ofSeconds(60));
            // Sara Powell's password, from the demo data's comments
            JsonNode login = run(browser, "mutation { authenticate(input: {email: \\\"spowell0@noaa.gov\\\","
                    + " password: \\\"iFbWWlc\\\"}) { jwtToken } }", "jwtToken");
            Matcher token = Pattern.compile("\"jwtToken\":\\s*\"([^\"]+)\"").matcher(login.asText());
            assertTrue(token.find(), login.asText());
            browser.evaluate("[...document.querySelectorAll('.graphiql-editor-tool .graphiql-editor')]"
                    + ".find(e => !e.classList.contains('hidden')).querySelector('.CodeMirror').CodeMirror"
                    + ".setValue('{\"Authorization\": \"Bearer " + token.group(1) + "\"}')");
            JsonNode me = run(browser, "{ currentPerson { firstName lastName } }", "lastName");
            assertTrue(me.asText().contains("\"Powell\""), me.asText());
        }
    }

    /** Types the document into the query editor, runs it, and waits for a response showing {@code expected}. */
    private static JsonNode run(HeadlessChromium browser, String document, String expected) throws Exception {
        browser.evaluate("document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(\""
                + document + "\")");
        browser.evaluate("document.querySelector('.graphiql-execute-button').click()");
        return browser.await("(document.querySelector('.graphiql-response') || {}).innerText || ''",
                text -> text.asText().contains(expected), Duration.ofSeconds(30));
    }
}
