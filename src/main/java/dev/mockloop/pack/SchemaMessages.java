package dev.mockloop.pack;

import com.networknt.schema.ValidationMessage;

/** Turns a schema validator message into one sentence a pack author can act on. */
final class SchemaMessages {

    private SchemaMessages() {
    }

    static String explain(ValidationMessage message) {
        String where = message.getInstanceLocation().toString();
        String what = message.getMessage();
        // The validator prefixes its message with the instance location; we print the location ourselves.
        if (what.startsWith(where + ": ")) {
            what = what.substring(where.length() + 2);
        }
        String at = where.isEmpty() ? "the pack" : where;
        return switch (message.getType()) {
            case "additionalProperties" -> at + ": " + what + "; remove it or check its spelling (question-packs/README.md lists the keys)";
            case "required" -> at + ": " + what + "; add it";
            case "const" -> where.equals("/formatVersion")
                    ? at + ": this Mockloop reads pack format 1 only; update Mockloop or write the pack in format 1"
                    : at + ": " + what;
            default -> at + ": " + what;
        };
    }
}
