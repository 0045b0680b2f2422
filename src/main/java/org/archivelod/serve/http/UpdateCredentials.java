package org.archivelod.serve.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The one user allowed to write with {@code --allow-update}, as {@code user:password}: read from a file or from the
 * environment variable {@value #ENVIRONMENT}, never from the command line (where {@code ps} shows it to everyone).
 */
public final class UpdateCredentials {
    public static final String ENVIRONMENT = "ARCHIVE_LOD_UPDATE_CREDENTIALS";
    private final String user;
    private final byte[] password;

    public UpdateCredentials(String user, String password) {
        if (user.isEmpty() || user.contains(":") || password.length() < 8) {
            throw new IllegalArgumentException("credentials must be 'user:password' with a password of at least 8 characters");
        }
        this.user = user;
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    /** Parses {@code user:password}. */
    public static UpdateCredentials parse(String userColonPassword) {
        String s = userColonPassword.strip();
        int colon = s.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("credentials must be 'user:password' with a password of at least 8 characters");
        }
        return new UpdateCredentials(s.substring(0, colon), s.substring(colon + 1));
    }

    /** The first line of {@code file}. */
    public static UpdateCredentials fromFile(Path file) throws IOException {
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        return parse(first);
    }

    /** From the environment variable {@value #ENVIRONMENT}, if set. */
    public static Optional<UpdateCredentials> fromEnvironment(java.util.Map<String, String> environment) {
        return Optional.ofNullable(environment.get(ENVIRONMENT)).filter(v -> !v.isBlank()).map(UpdateCredentials::parse);
    }

    public String user() {
        return user;
    }

    /** Whether {@code user} and {@code password} are these credentials, compared in constant time. */
    public boolean matches(String user, String password) {
        boolean sameUser = MessageDigest.isEqual(this.user.getBytes(StandardCharsets.UTF_8), user.getBytes(StandardCharsets.UTF_8));
        boolean samePassword = MessageDigest.isEqual(this.password, password.getBytes(StandardCharsets.UTF_8));
        return sameUser & samePassword;
    }

    @Override
    public String toString() {
        return "UpdateCredentials[" + user + ":***]";
    }
}
