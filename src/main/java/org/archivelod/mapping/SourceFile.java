package org.archivelod.mapping;

/** The file a record was read from, as provenance names it: its file name and the SHA-256 of its bytes. */
public record SourceFile(String fileName, String sha256) {}
