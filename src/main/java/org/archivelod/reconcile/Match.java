package org.archivelod.reconcile;

/**
 * A name found in a text: the entity it names, the words as printed, the name entry that matched
 * and where it stands ({@code start} inclusive, {@code end} exclusive, Java char offsets).
 */
public record Match(AuthorityEntity entity, AuthorityEntity.Name name, String exact, int start, int end) {}
