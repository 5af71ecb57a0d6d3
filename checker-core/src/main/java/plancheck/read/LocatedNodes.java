package plancheck.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Builds a JSON tree that remembers the line each object starts on (as a hidden field), because
 * Jackson's tree model forgets locations and error messages must name the line.
 */
final class LocatedNodes {
    static final String PREFIX = "\u0000";
    private static final String LINE = PREFIX + "line";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LocatedNodes() {
    }

    /** Reads the object whose START_OBJECT is the current token. */
    static ObjectNode read(JsonParser p) throws IOException {
        int line = p.currentLocation().getLineNr();
        p.nextToken();
        return readRest(p, line);
    }

    /** Reads the rest of an object whose first FIELD_NAME (or END_OBJECT) is the current token. */
    static ObjectNode readRest(JsonParser p, int line) throws IOException {
        ObjectNode o = NODES.objectNode();
        o.put(LINE, line);
        for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            o.set(name, value(p));
        }
        return o;
    }

    private static JsonNode value(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT:
                return read(p);
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) a.add(value(p));
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                // Keep the number as written: 1.30 and 1110 are read by the same rules as CSV text.
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return NODES.booleanNode(p.getBooleanValue());
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + p.currentToken());
        }
    }

    static int line(JsonNode n) {
        JsonNode l = n == null ? null : n.get(LINE);
        return l == null ? 0 : l.asInt();
    }
}
