package org.iucnkg.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.iucnkg.model.Iris;

/** One source document as received: its name and bytes. The source id is derived from the file name. */
public record SourceText(String sourceId, String fileName, String mediaType, byte[] bytes) {

    public SourceText {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        if (mediaType == null) mediaType = "text/plain";
    }

    public static SourceText of(Path file) throws IOException {
        String name = file.getFileName().toString();
        return new SourceText(Iris.sourceId(name), name, "text/plain", Files.readAllBytes(file));
    }

    public static SourceText of(String fileName, String text) {
        return new SourceText(Iris.sourceId(fileName), fileName, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text decoded as UTF-8, without a byte-order mark, with \n line ends and no-break spaces as spaces. */
    public String text() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
