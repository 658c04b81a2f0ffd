package dev.csp.order.domain;

import dev.csp.kit.failure.Failure;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

/**
 * A file for a support request, checked before it is stored: at most {@value #MAX_BYTES} bytes, and a PDF, PNG,
 * JPEG or plain text whose first bytes agree with the type it claims (a renamed executable is refused).
 */
public record Attachment(String fileName, String contentType, byte[] content) {

    public static final int MAX_FILES = 3;
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    public Attachment {
        contentType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        fileName = safeName(fileName);
    }

    public static void checkCount(int files) {
        if (files > MAX_FILES) {
            throw new Failure(Failure.Kind.TOO_LARGE, "too-many-attachments", "Too many attachments",
                    "A support request takes at most " + MAX_FILES + " files.");
        }
    }

    public static Failure tooLarge(String fileName) {
        return new Failure(Failure.Kind.TOO_LARGE, "attachment-too-large", "Attachment too large",
                safeName(fileName) + " is larger than " + MAX_BYTES / 1024 / 1024 + " MiB.");
    }

    /** Refuses a file that is too large or not of an accepted type. */
    public Attachment checked() {
        if (content.length > MAX_BYTES) {
            throw tooLarge(fileName);
        }
        if (content.length == 0 || !looksLike(contentType)) {
            throw new Failure(Failure.Kind.UNSUPPORTED_TYPE, "unsupported-attachment-type",
                    "Unsupported attachment type",
                    fileName + " must be a PDF, PNG, JPEG or plain text file, and be what its type says.");
        }
        return this;
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean looksLike(String type) {
        if ("text/plain".equals(type)) {
            return isUtf8Text();
        }
        byte[] signature = SIGNATURES.get(type);
        return signature != null && content.length >= signature.length
                && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }

    private boolean isUtf8Text() {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> c == 0);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The last path segment only, without control characters, at most 200 characters. */
    private static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").trim();
        base = base.isEmpty() ? "attachment" : base;
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
