package dev.mockloop.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SQL script into single statements, the way SQLite itself decides where a
 * statement ends ({@code sqlite3_complete()}): a semicolon ends a statement unless it is
 * inside a string, a quoted identifier or a comment, or inside the body of a
 * {@code CREATE TRIGGER ... BEGIN ... END;}. So migrations may use semicolons in
 * strings, comments and triggers freely.
 *
 * <p>Each statement is then run on its own, which lets a failing migration name the
 * statement that failed.
 */
final class SqlScript {

    // Token kinds and states follow sqlite3_complete() in SQLite's complete.c.
    private static final int SEMI = 0;
    private static final int WS = 1;
    private static final int OTHER = 2;
    private static final int EXPLAIN = 3;
    private static final int CREATE = 4;
    private static final int TEMP = 5;
    private static final int TRIGGER = 6;
    private static final int END = 7;

    private static final int START = 1;

    /** States: 0 nothing yet, 1 start, 2 normal, 3 explain, 4 create, 5 trigger, 6 ";", 7 ";END". */
    private static final int[][] TRANSITIONS = {
            /*            SEMI WS OTHER EXPLAIN CREATE TEMP TRIGGER END */
            /* 0 none  */ {1, 0, 2, 3, 4, 2, 2, 2},
            /* 1 start */ {1, 1, 2, 3, 4, 2, 2, 2},
            /* 2 norm  */ {1, 2, 2, 2, 2, 2, 2, 2},
            /* 3 expl  */ {1, 3, 3, 2, 4, 2, 2, 2},
            /* 4 create*/ {1, 4, 2, 2, 2, 4, 5, 2},
            /* 5 trig  */ {6, 5, 5, 5, 5, 5, 5, 5},
            /* 6 semi  */ {6, 6, 5, 5, 5, 5, 5, 7},
            /* 7 end   */ {1, 7, 5, 5, 5, 5, 5, 5},
    };

    private SqlScript() {
    }

    /**
     * @param script SQL text holding any number of statements
     * @return the statements in order, trimmed, without their final semicolon; parts that
     *         hold only whitespace and comments are left out. An unterminated last
     *         statement is returned as it is, for SQLite to report.
     */
    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        int state = 0;
        int statementStart = 0;
        boolean hasContent = false;
        int i = 0;
        while (i < script.length()) {
            int tokenEnd = tokenEnd(script, i);
            int token = kind(script, i, tokenEnd);
            state = TRANSITIONS[state][token];
            if (token == SEMI && state == START) {
                if (hasContent) {
                    statements.add(script.substring(statementStart, i).trim());
                }
                statementStart = tokenEnd;
                hasContent = false;
            } else if (token != WS) {
                hasContent = true;
            }
            i = tokenEnd;
        }
        if (hasContent) {
            statements.add(script.substring(statementStart).trim());
        }
        return statements;
    }

    /** @return the index just past the token that starts at {@code start} */
    private static int tokenEnd(String s, int start) {
        char c = s.charAt(start);
        if (c == '-' && s.startsWith("--", start)) {
            int newline = s.indexOf('\n', start);
            return newline < 0 ? s.length() : newline + 1;
        }
        if (c == '/' && s.startsWith("/*", start)) {
            int close = s.indexOf("*/", start + 2);
            return close < 0 ? s.length() : close + 2;
        }
        if (c == '\'' || c == '"' || c == '`' || c == '[') {
            // A doubled quote ('it''s') reads as two adjacent quoted tokens: same effect.
            int close = s.indexOf(c == '[' ? ']' : c, start + 1);
            return close < 0 ? s.length() : close + 1;
        }
        if (isIdChar(c)) {
            int end = start + 1;
            while (end < s.length() && isIdChar(s.charAt(end))) {
                end++;
            }
            return end;
        }
        return start + 1;
    }

    private static int kind(String s, int start, int end) {
        char c = s.charAt(start);
        if (c == ';') {
            return SEMI;
        }
        if (Character.isWhitespace(c) || s.startsWith("--", start) || s.startsWith("/*", start)) {
            return WS;
        }
        if (!isIdChar(c)) {
            return OTHER;
        }
        switch (s.substring(start, end).toUpperCase(java.util.Locale.ROOT)) {
            case "EXPLAIN":
                return EXPLAIN;
            case "CREATE":
                return CREATE;
            case "TEMP":
            case "TEMPORARY":
                return TEMP;
            case "TRIGGER":
                return TRIGGER;
            case "END":
                return END;
            default:
                return OTHER;
        }
    }

    private static boolean isIdChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }
}
