package dev.mockloop.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsAtSemicolonsAndDropsThem() {
        assertEquals(List.of("CREATE TABLE a (x)", "CREATE TABLE b (y)"),
                SqlScript.split("CREATE TABLE a (x);\n  CREATE TABLE b (y);\n"));
    }

    @Test
    void semicolonsInStringsQuotedNamesAndCommentsDoNotSplit() {
        String statement = "INSERT INTO \"odd;name\" ([a;b], `c;d`) VALUES ('x;y', 'it''s; fine')"
                + " -- trailing; comment\n /* block; comment */";

        assertEquals(List.of(statement), SqlScript.split(statement + ";"));
    }

    @Test
    void triggerBodyStaysOneStatement() {
        String trigger = "CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN\n"
                + "  INSERT INTO log VALUES (1);\n  UPDATE a SET x = 2;\nEND";

        assertEquals(List.of(trigger, "SELECT 1"), SqlScript.split(trigger + ";\nSELECT 1;"));
    }

    @Test
    void lastStatementWithoutSemicolonIsKept() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), SqlScript.split("SELECT 1; SELECT 2"));
    }

    @Test
    void partsWithOnlyCommentsOrWhitespaceAreDropped() {
        assertEquals(List.of("-- about a\nSELECT 1"),
                SqlScript.split("-- about a\nSELECT 1;\n;\n  -- closing remark; with a semicolon\n/* end */\n"));
    }

    @Test
    void wordsContainingKeywordsAreOrdinaryNames() {
        assertEquals(List.of("CREATE TABLE triggers (ended TEXT, end_at INTEGER)", "SELECT 1"),
                SqlScript.split("CREATE TABLE triggers (ended TEXT, end_at INTEGER); SELECT 1;"));
    }
}
