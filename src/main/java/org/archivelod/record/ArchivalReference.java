package org.archivelod.record;

import java.util.Optional;

/**
 * The file reference within an archive, as a Russian-style citation gives it, abbreviated or spelled out
 * ("f. 45, op. 1, d. 334, l. 141"; "fond 5, opis 918795, delo 121, list 720"; "f. 0100, op. 42, por. 19, pap.288,
 * ll. 32-33"): each value as printed ("0100" keeps its zero). {@code unread} holds the parts it could not place.
 */
public record ArchivalReference(String asPrinted, Optional<String> fond, Optional<String> opis, Optional<String> delo,
                                Optional<String> papka, Optional<String> porucheniye, Optional<String> folios,
                                Optional<String> unread) {}
