package uk.peel.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a small file's content all at once: written beside it, then moved over it, so that a process killed
 * while writing leaves the old content or the new, never an empty or half-written file.
 */
public final class FileReplacement {

    private FileReplacement() {
    }

    public static void replace(Path file, byte[] content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
