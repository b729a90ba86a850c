package org.warraq.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** I/O failures in the words users know, whichever way Java reports them. */
class IoCauseTest {
    @Test
    void theOperatingSystemsReasonBecomesTheCause() {
        assertThat(IoCause.of(new FileSystemException("/s/x", null, "No space left on device")).problem("site/x").format())
                .isEqualTo("site/x: error: no space left on device (free some space on the disk, or build into another folder with --out)");
        assertThat(IoCause.of(new FileSystemException("/s", null, "Read-only file system")).cause()).isEqualTo("read-only file system");
        assertThat(IoCause.of(new FileSystemException("/s/x", null, "File name too long")).cause()).isEqualTo("file name too long");
        assertThat(IoCause.of(new IOException("Disk quota exceeded")).cause()).isEqualTo("disk quota exceeded");
    }

    @Test
    void theExceptionsTypeBecomesTheCause() {
        assertThat(IoCause.of(new AccessDeniedException("/s/x")).cause()).isEqualTo("permission denied");
        assertThat(IoCause.of(new NoSuchFileException("/s/x")).cause()).isEqualTo("no such file or directory");
        assertThat(IoCause.of(new NotDirectoryException("/s/x")).cause()).isEqualTo("not a directory");
    }

    @Test
    void aWriteThatNamesNoFileIsGivenOne() {
        IOException named = IoCause.naming("/s/site/x.html", new IOException("No space left on device"));
        assertThat(IoCause.file(named)).contains("/s/site/x.html");
        assertThat(IoCause.of(named).cause()).isEqualTo("no space left on device");
        FileSystemException copy = new FileSystemException("/c/photo.jpg", "/s/photo.jpg", "No space left on device");
        assertThat(IoCause.file(IoCause.naming("/other", copy))).as("the target of a copy").contains("/s/photo.jpg");
    }

    @Test
    void anUnknownReasonIsKeptInLowerCase() {
        assertThat(IoCause.of(new IOException("Stale file handle")).problem("x").format()).isEqualTo("x: error: stale file handle");
    }
}
