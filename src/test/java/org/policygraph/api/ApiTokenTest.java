package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokenTest {

    @TempDir
    Path dataDir;

    @Test
    void aConfiguredTokenIsUsedAndNoFileIsWritten() {
        var token = ApiToken.configuredOrStored("s3cret-from-env", dataDir);

        assertThat(token.matches("s3cret-from-env")).isTrue();
        assertThat(token.matches("s3cret-from-en")).isFalse();
        assertThat(dataDir.resolve(ApiToken.FILE_NAME)).doesNotExist();
    }

    @Test
    void withoutOneATokenIsGeneratedIntoAFileOnlyTheOwnerCanRead() throws Exception {
        ApiToken.configuredOrStored("", dataDir);

        Path file = dataDir.resolve(ApiToken.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).strip()).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void theGeneratedTokenIsKeptAcrossStarts() throws Exception {
        ApiToken.configuredOrStored(null, dataDir);
        String stored = Files.readString(dataDir.resolve(ApiToken.FILE_NAME)).strip();

        var restarted = ApiToken.configuredOrStored(null, dataDir);

        assertThat(restarted.matches(stored)).isTrue();
        assertThat(restarted.matches(null)).isFalse();
        assertThat(restarted.matches("")).isFalse();
    }
}
