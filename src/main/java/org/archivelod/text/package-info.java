/**
 * Plain-Java helpers for words that several stages share (parsing, reconciliation, mapping, the server's name
 * scoring), so that none of them has to reach into another for it. JDK only.
 */
package org.archivelod.text;
