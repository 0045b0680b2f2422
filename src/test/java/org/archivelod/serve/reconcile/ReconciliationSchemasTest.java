package org.archivelod.serve.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema check the service tests rely on does refuse what the 0.2 schemas refuse. */
class ReconciliationSchemasTest {
    @Test
    void invalidAnswers_haveProblems() throws Exception {
        assertFalse(ReconciliationSchemas.problems("manifest.json", "{\"name\":\"x\"}").isEmpty());
        assertFalse(ReconciliationSchemas.problems("manifest.json", "{\"versions\":[\"0.1\"],\"name\":\"x\","
                + "\"identifierSpace\":\"a\",\"schemaSpace\":\"b\"}").isEmpty());
        assertFalse(ReconciliationSchemas.problems("reconciliation-result-batch.json",
                "{\"q0\":{\"result\":[{\"id\":\"person/x\",\"name\":\"X\"}]}}").isEmpty());
        assertFalse(ReconciliationSchemas.problems("manifest.json", "{\"versions\":[\"0.2\"],\"name\":\"x\","
                + "\"identifierSpace\":\"a\",\"schemaSpace\":\"b\",\"defaultTypes\":[{\"id\":\"person\"}]}").isEmpty());
    }

    @Test
    void validAnswers_haveNone() throws Exception {
        assertEquals(List.of(), ReconciliationSchemas.problems("reconciliation-result-batch.json",
                "{\"q0\":{\"result\":[{\"id\":\"person/x\",\"name\":\"X\",\"score\":100,\"match\":true}]}}"));
    }
}
