package org.policygraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.StringUtils;

/**
 * The bearer token that authorises writes. Taken from {@code POLICYGRAPH_API_TOKEN} when set; otherwise read
 * from {@code <data-dir>/api-token}, which the first start creates with a random token, readable by the
 * owner only, and announces once in the log.
 */
final class ApiToken {

    static final String FILE_NAME = "api-token";

    private static final Log log = LogFactory.getLog(ApiToken.class);

    private final byte[] token;

    private ApiToken(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    static ApiToken configuredOrStored(String configured, Path dataDir) {
        if (StringUtils.hasText(configured)) {
            return new ApiToken(configured.strip());
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                return new ApiToken(generate(file));
            }
            return new ApiToken(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the API token file " + file, e);
        }
    }

    /** Constant time, so response times tell an attacker nothing about how much of a guess was right. */
    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }

    private static String generate(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            // Created with owner-only permissions, so the token is never readable by others, not even briefly.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
        log.info("""
                Generated the API token for writes (POST/DELETE /api/articles); it is shown only now and kept in %s:
                  Authorization: Bearer %s
                Set POLICYGRAPH_API_TOKEN to use a token of your own instead.""".formatted(file, token));
        return token;
    }
}
