package dev.mockloop.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.utils.JsonNodes;

/**
 * Finds the line and column of a node in a tree parsed with location tracking
 * ({@link com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory}).
 */
final class JsonLocator {

    private final String file;
    private final JsonNode root;
    private final boolean located;

    /** A locator over a tree parsed with location tracking. */
    JsonLocator(String file, JsonNode root) {
        this(file, root, true);
    }

    /** @param located whether the tree knows its nodes' lines and columns; if not, problems get 0:0 */
    JsonLocator(String file, JsonNode root, boolean located) {
        this.file = file;
        this.root = root;
        this.located = located;
    }

    /**
     * @param path  property names and array indexes from the root, e.g. {@code "questions", 3, "framework"}
     * @param message what is wrong
     * @return a problem at the deepest node of the path that exists
     */
    PackProblem problemAt(String message, Object... path) {
        JsonNode node = root;
        StringBuilder pointer = new StringBuilder();
        for (Object step : path) {
            JsonNode next = step instanceof Integer i ? node.get(i) : node.get(step.toString());
            if (next == null) {
                break;
            }
            node = next;
            pointer.append('/').append(step);
        }
        return problemAt(node, pointer.toString(), message);
    }

    PackProblem problemAt(JsonNode node, String pointer, String message) {
        JsonLocation location = node == null || !located ? null : JsonNodes.tokenLocationOf(node);
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return new PackProblem(file, line, column, pointer, message);
    }
}
