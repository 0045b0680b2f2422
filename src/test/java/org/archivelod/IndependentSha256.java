package org.archivelod;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 computed apart from the code under test ({@code io/Checksums}): the JDK's digest over the whole bytes, hex
 * by {@link BigInteger}; a test that checks our sums against this does not check the code against itself.
 */
public final class IndependentSha256 {
    private IndependentSha256() {}

    public static String of(byte[] bytes) {
        try {
            return String.format("%064x", new BigInteger(1, MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every Java runtime has SHA-256", e);
        }
    }

    public static String of(Path file) throws IOException {
        return of(Files.readAllBytes(file));
    }
}
