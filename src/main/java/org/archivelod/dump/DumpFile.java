package org.archivelod.dump;

/** One written dump: its file name, media type, size in bytes and SHA-256 (hex). */
public record DumpFile(String name, String mediaType, long size, String sha256) {}
